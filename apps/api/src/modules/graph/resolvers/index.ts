import type { Resolvers } from '../../../generated/resolvers';
import { bridgePathFor } from '../bridge-path';
import { compactGraphFor } from '../compact-graph';
import { exportGraphFor } from '../export-graph';
import { graphStatsFor } from '../graph-stats';
import { graphViewFor } from '../graph-view';
import { nodeMetricsView } from '../metrics-view';
import { suggestedBridgesFor } from '../suggested-bridges';
import { noteNamedParticipants } from '../../../privacy/profile-reads';

export const graphResolvers: Resolvers = {
  Query: {
    graph: (_parent, { filter }, ctx, info) => graphViewFor(ctx, filter, info),
    compactGraph: (_parent, { filter }, ctx) => compactGraphFor(ctx, filter),
    graphStats: (_parent, { filter }, ctx) => graphStatsFor(ctx, filter),
    bridgePath: (_parent, { from, to, filter }, ctx, info) => bridgePathFor(ctx, from, to, filter, info),
    suggestedBridges: (_parent, { participantId }, ctx) => suggestedBridgesFor(ctx, participantId),
    exportGraph: (_parent, { filter, format }, ctx) => exportGraphFor(ctx, filter, format),
  },
  CompactGraph: {
    // As GraphNode.label: participants' names read by coordinators and revealing employers are reads.
    nodeLabels: (graph, _args, ctx) => {
      noteNamedParticipants(ctx, graph.nodes);
      return graph.nodeLabels;
    },
    nodeX: async (graph) => (await graph.picture())?.x ?? null,
    nodeY: async (graph) => (await graph.picture())?.y ?? null,
  },
  GraphNode: {
    // A participant's label is their name for coordinators and revealing employers: a read.
    label: (node, _args, ctx) => {
      noteNamedParticipants(ctx, [node]);
      return node.label;
    },
    // Set by withMetricsIfSelected whenever the operation selects them.
    metrics: (node) => (node.metrics ? nodeMetricsView(node.metrics) : null),
  },
};
