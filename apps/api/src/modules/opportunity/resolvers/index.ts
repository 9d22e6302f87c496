import type { Resolvers } from '../../../generated/resolvers';

export const opportunityResolvers: Resolvers = {};
