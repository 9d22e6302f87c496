import type { Resolvers } from '../../generated/resolvers';

export const API_VERSION = '1.0.0';

export const commonResolvers: Resolvers = {
  Query: {
    apiVersion: () => API_VERSION,
  },
};
