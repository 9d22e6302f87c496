import type { OrganizationResolvers } from '../../../generated/resolvers';
import { listPeople } from '../../person/service';
import { agreementsOfParty } from '../../agreement/service';
import { organizationDeletionImpact } from '../service';
import { inUse, membershipsInUse } from '../../archive/service';

export const Organization: OrganizationResolvers = {
  people: (org, args, ctx) => listPeople(ctx, { ...args, filter: { organizationId: org.id } }),
  agreements: (org, _args, ctx) => agreementsOfParty(ctx, { organizationId: org.id }),
  // Archived openings are left out of lists, this one too.
  opportunities: async (org, _args, ctx) => inUse(await ctx.loaders.opportunitiesOfOrganization.load(org.id)),
  memberships: async (org, _args, ctx) => membershipsInUse(ctx, await ctx.loaders.membershipsOfOrganization.load(org.id)),
  deletionImpact: (org, _args, ctx) => organizationDeletionImpact(ctx, org),
};
