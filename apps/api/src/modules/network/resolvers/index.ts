import type { Resolvers } from '../../../generated/resolvers';

export const networkResolvers: Resolvers = {};
