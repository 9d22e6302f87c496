import type { MutationResolvers } from '../../../generated/resolvers';
import { createOrganization, deleteOrganization, updateOrganization } from '../service';

export const Mutation: Pick<
  MutationResolvers,
  'createOrganization' | 'updateOrganization' | 'deleteOrganization'
> = {
  createOrganization: (_parent, { input }, ctx) => createOrganization(ctx, input),
  updateOrganization: (_parent, { id, input }, ctx) => updateOrganization(ctx, id, input),
  deleteOrganization: (_parent, { id }, ctx) => deleteOrganization(ctx, id),
};
