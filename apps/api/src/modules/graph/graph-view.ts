import type { AllMetrics } from '@brobygger/graph';
import type { GraphQLContext } from '../../context';
import { metricsFor } from './graph-metrics';
import type { GraphEdgeData, GraphFilterInput, GraphNodeData } from './graph-types';
import { viewFor, type GraphViewData } from './service';
import { requireRole } from '../../authorization/acting-viewer';
import { READERS } from '../../authorization/permissions';

/**
 * A graph node as resolvers see it: the node, and a handle on the metrics of the graph it
 * was taken from. Nothing is computed until a query selects `metrics` and calls the handle.
 */
export interface GraphNodeView extends GraphNodeData {
  loadMetrics: () => Promise<AllMetrics>;
}

export interface GraphView {
  nodes: GraphNodeView[];
  edges: GraphEdgeData[];
}

/** One handle per graph field, shared by its nodes; asks the cache at most once. */
export function lazyMetrics(ctx: GraphQLContext, view: GraphViewData) {
  let metrics: Promise<AllMetrics> | undefined;
  return () => (metrics ??= metricsFor(ctx, view));
}

export function withMetrics(nodes: readonly GraphNodeData[], loadMetrics: () => Promise<AllMetrics>): GraphNodeView[] {
  return nodes.map((node) => ({ ...node, loadMetrics }));
}

/** The `graph` query: the viewer's filtered graph, its nodes able to report their metrics. */
export async function graphViewFor(ctx: GraphQLContext, filter: GraphFilterInput | null | undefined): Promise<GraphView> {
  requireRole(ctx, READERS, 'graphViewFor');
  const view = await viewFor(ctx, filter);
  return { nodes: withMetrics(view.graph.nodes, lazyMetrics(ctx, view)), edges: view.graph.edges };
}
