import type { Resolvers } from '../../../generated/resolvers';

export const connectionResolvers: Resolvers = {};
