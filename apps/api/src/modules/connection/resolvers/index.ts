import type { Resolvers } from '../../../generated/resolvers';
import {
  connectionCrossSector,
  connectionEnd,
  createConnection,
  deleteConnection,
  listConnections,
  updateConnection,
} from '../service';

export const connectionResolvers: Resolvers = {
  Query: {
    connections: (_parent, args, ctx) => listConnections(ctx, args),
  },
  Mutation: {
    createConnection: (_parent, { input }, ctx) => createConnection(ctx, input),
    updateConnection: (_parent, { id, input }, ctx) => updateConnection(ctx, id, input),
    deleteConnection: (_parent, { id }, ctx) => deleteConnection(ctx, id),
  },
  Connection: {
    personA: (c, _args, ctx) => connectionEnd(ctx, c.personAId),
    personB: (c, _args, ctx) => connectionEnd(ctx, c.personBId),
    crossSector: (c, _args, ctx) => connectionCrossSector(ctx, c),
    // Free-text notes may say things about a participant; only coordinators read them.
    note: (c, _args, ctx) => (ctx.viewer?.role === 'COORDINATOR' ? c.note : null),
  },
};
