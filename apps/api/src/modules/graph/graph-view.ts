import type { GraphQLResolveInfo } from 'graphql';
import type { AllMetrics, NodeMetrics } from '@brobygger/graph';
import type { GraphQLContext } from '../../context';
import { selectsField } from '../../lib/selects-field';
import { metricsFor } from './graph-metrics';
import type { GraphEdgeData, GraphFilterInput, GraphNodeData } from './graph-types';
import { viewFor, type GraphViewData } from './service';
import { requireRole } from '../../authorization/acting-viewer';
import { READERS } from '../../authorization/permissions';

/**
 * A graph node as resolvers see it: the node, and, when the operation selects its metrics, its
 * metrics in the view it was taken from. Nothing is computed unless they are selected.
 */
export interface GraphNodeView extends GraphNodeData {
  metrics?: NodeMetrics | null;
}

export interface GraphView {
  nodes: GraphNodeView[];
  edges: GraphEdgeData[];
}

/**
 * The nodes, with their metrics in `view` when the operation selects them. The view's metrics are
 * awaited once for all the nodes: a promise for each node's metrics held the request thread for
 * about 60 ms at 5,000 nodes when the metrics came back, so a health check waited that long. The
 * nodes are copied only then: a region's graph has tens of thousands, and copying them was a
 * tenth of the answer's time.
 */
export async function withMetricsIfSelected(
  ctx: GraphQLContext,
  nodes: GraphNodeData[],
  view: GraphViewData,
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
): Promise<GraphNodeView[]> {
  if (!selectsField(info, ['nodes', 'metrics'])) return nodes;
  const metrics = (await metricsOfView(ctx, view)).nodes;
  return nodes.map((node) => ({ ...node, metrics: metrics[node.id] ?? null }));
}

/** The metrics of the view a node was taken from: asked of the cache once per request and view, however many nodes ask. */
function metricsOfView(ctx: GraphQLContext, view: GraphViewData): Promise<AllMetrics> {
  let metrics = ctx.graphMetrics.get(view.cached);
  if (!metrics) {
    metrics = metricsFor(ctx, view);
    ctx.graphMetrics.set(view.cached, metrics);
  }
  return metrics;
}

/** The `graph` query: the viewer's filtered graph, its nodes with their metrics when asked for. */
export async function graphViewFor(
  ctx: GraphQLContext,
  filter: GraphFilterInput | null | undefined,
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
): Promise<GraphView> {
  requireRole(ctx, READERS, 'graphViewFor');
  const view = await viewFor(ctx, filter);
  return { nodes: await withMetricsIfSelected(ctx, view.graph.nodes, view, info), edges: view.graph.edges };
}
