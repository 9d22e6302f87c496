import type { Resolvers } from '../../../generated/resolvers';
import { graphFor } from '../service';

export const graphResolvers: Resolvers = {
  Query: {
    graph: (_parent, { filter }, ctx) => graphFor(ctx, filter),
  },
};
