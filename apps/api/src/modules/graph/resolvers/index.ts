import type { Resolvers } from '../../../generated/resolvers';

export const graphResolvers: Resolvers = {};
