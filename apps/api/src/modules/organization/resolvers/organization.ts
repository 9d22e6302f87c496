import type { OrganizationResolvers } from '../../../generated/resolvers';
import { listPeople } from '../../person/service';
import { agreementsOfParty } from '../../agreement/service';

export const Organization: OrganizationResolvers = {
  people: (org, args, ctx) => listPeople(ctx, { ...args, filter: { organizationId: org.id } }),
  agreements: (org, _args, ctx) => agreementsOfParty(ctx, { organizationId: org.id }),
  opportunities: (org, _args, ctx) => ctx.loaders.opportunitiesOfOrganization.load(org.id),
  memberships: (org, _args, ctx) => ctx.loaders.membershipsOfOrganization.load(org.id),
};
