import type { MutationResolvers } from '../../../generated/resolvers';
import { createPerson, deletePerson, updatePerson } from '../service';

export const Mutation: Pick<MutationResolvers, 'createPerson' | 'updatePerson' | 'deletePerson'> = {
  createPerson: (_parent, { input }, ctx) => createPerson(ctx, input),
  updatePerson: (_parent, { id, input }, ctx) => updatePerson(ctx, id, input),
  deletePerson: (_parent, { id }, ctx) => deletePerson(ctx, id),
};
