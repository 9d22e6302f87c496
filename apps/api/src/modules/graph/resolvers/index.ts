import type { Resolvers } from '../../../generated/resolvers';
import { bridgePathFor } from '../bridge-path';
import { exportGraphFor } from '../export-graph';
import { graphStatsFor } from '../graph-stats';
import { graphViewFor } from '../graph-view';
import { nodeMetricsView } from '../metrics-view';
import { suggestedBridgesFor } from '../suggested-bridges';

export const graphResolvers: Resolvers = {
  Query: {
    graph: (_parent, { filter }, ctx) => graphViewFor(ctx, filter),
    graphStats: (_parent, { filter }, ctx) => graphStatsFor(ctx, filter),
    bridgePath: (_parent, { from, to, filter }, ctx) => bridgePathFor(ctx, from, to, filter),
    suggestedBridges: (_parent, { participantId }, ctx) => suggestedBridgesFor(ctx, participantId),
    exportGraph: (_parent, { filter, format }, ctx) => exportGraphFor(ctx, filter, format),
  },
  GraphNode: {
    metrics: async (node) => {
      const metrics = (await node.loadMetrics()).nodes[node.id];
      return metrics ? nodeMetricsView(metrics) : null;
    },
  },
};
