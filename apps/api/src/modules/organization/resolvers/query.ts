import type { QueryResolvers } from '../../../generated/resolvers';
import { getOrganization, listOrganizations } from '../service';

export const Query: Pick<QueryResolvers, 'organizations' | 'organization'> = {
  organizations: (_parent, args, ctx) => listOrganizations(ctx, args),
  organization: (_parent, { id }, ctx) => getOrganization(ctx, id),
};
