import type { Resolvers } from '../../../generated/resolvers';

export const agreementResolvers: Resolvers = {};
