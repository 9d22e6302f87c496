import type { MutationResolvers } from '../../../generated/resolvers';
import { createPerson, deletePerson, setPersonArchived, updatePerson } from '../service';

export const Mutation: Pick<MutationResolvers, 'createPerson' | 'updatePerson' | 'deletePerson' | 'archivePerson' | 'restorePerson'> = {
  createPerson: (_parent, { input }, ctx) => createPerson(ctx, input),
  updatePerson: (_parent, { id, input }, ctx) => updatePerson(ctx, id, input),
  deletePerson: (_parent, { id }, ctx) => deletePerson(ctx, id),
  archivePerson: (_parent, { id }, ctx) => setPersonArchived(ctx, id, true),
  restorePerson: (_parent, { id }, ctx) => setPersonArchived(ctx, id, false),
};
