import type { Resolvers } from '../../../generated/resolvers';
import { notFound } from '../../../lib/errors';
import {
  createOpportunity,
  deleteOpportunity,
  getOpportunity,
  listOpportunities,
  opportunityDeletionImpact,
  opportunityTalents,
  setOpportunityArchived,
  updateOpportunity,
} from '../service';

export const opportunityResolvers: Resolvers = {
  Query: {
    opportunities: (_parent, args, ctx) => listOpportunities(ctx, args),
    opportunity: (_parent, { id }, ctx) => getOpportunity(ctx, id),
  },
  Mutation: {
    createOpportunity: (_parent, { input }, ctx) => createOpportunity(ctx, input),
    updateOpportunity: (_parent, { id, input }, ctx) => updateOpportunity(ctx, id, input),
    deleteOpportunity: (_parent, { id }, ctx) => deleteOpportunity(ctx, id),
    archiveOpportunity: (_parent, { id }, ctx) => setOpportunityArchived(ctx, id, true),
    restoreOpportunity: (_parent, { id }, ctx) => setOpportunityArchived(ctx, id, false),
  },
  Opportunity: {
    organization: async (opportunity, _args, ctx) => {
      const organization = await ctx.loaders.organization.load(opportunity.organizationId);
      if (!organization) throw notFound('organisation', opportunity.organizationId);
      return organization;
    },
    talents: (opportunity, _args, ctx) => opportunityTalents(ctx, opportunity),
    deletionImpact: (opportunity, _args, ctx) => opportunityDeletionImpact(ctx, opportunity),
  },
};
