import type { MutationResolvers } from '../../../generated/resolvers';
import { createOrganization, deleteOrganization, setOrganizationArchived, updateOrganization } from '../service';

export const Mutation: Pick<
  MutationResolvers,
  'createOrganization' | 'updateOrganization' | 'deleteOrganization' | 'archiveOrganization' | 'restoreOrganization'
> = {
  createOrganization: (_parent, { input }, ctx) => createOrganization(ctx, input),
  updateOrganization: (_parent, { id, input }, ctx) => updateOrganization(ctx, id, input),
  deleteOrganization: (_parent, { id }, ctx) => deleteOrganization(ctx, id),
  archiveOrganization: (_parent, { id }, ctx) => setOrganizationArchived(ctx, id, true),
  restoreOrganization: (_parent, { id }, ctx) => setOrganizationArchived(ctx, id, false),
};
