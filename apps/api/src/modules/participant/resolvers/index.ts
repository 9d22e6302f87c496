import type { Resolvers } from '../../../generated/resolvers';

export const participantResolvers: Resolvers = {};
