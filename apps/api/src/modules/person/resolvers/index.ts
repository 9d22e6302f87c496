import type { Resolvers } from '../../../generated/resolvers';

export const personResolvers: Resolvers = {};
