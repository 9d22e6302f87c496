import type { GraphQLResolveInfo } from 'graphql';
import type { AllMetrics } from '@brobygger/graph';
import type { GraphQLContext } from '../../context';
import { selectsField } from '../../lib/selects-field';
import { metricsFor } from './graph-metrics';
import type { GraphEdgeData, GraphFilterInput, GraphNodeData } from './graph-types';
import { viewFor, type GraphViewData } from './service';
import { requireRole } from '../../authorization/acting-viewer';
import { READERS } from '../../authorization/permissions';

/**
 * A graph node as resolvers see it: the node, and, when the operation selects its metrics, the
 * view it was taken from, whose metrics are its metrics. Nothing is computed until then.
 */
export interface GraphNodeView extends GraphNodeData {
  view?: GraphViewData;
}

export interface GraphView {
  nodes: GraphNodeView[];
  edges: GraphEdgeData[];
}

export function withView(nodes: readonly GraphNodeData[], view: GraphViewData): GraphNodeView[] {
  return nodes.map((node) => ({ ...node, view }));
}

/** The metrics of the view a node was taken from: asked of the cache once per request and view, however many nodes ask. */
export function metricsOfView(ctx: GraphQLContext, view: GraphViewData): Promise<AllMetrics> {
  let metrics = ctx.graphMetrics.get(view.cached);
  if (!metrics) {
    metrics = metricsFor(ctx, view);
    ctx.graphMetrics.set(view.cached, metrics);
  }
  return metrics;
}

/**
 * The `graph` query: the viewer's filtered graph, its nodes able to report their metrics. The
 * nodes are copied with their view only when the operation asks for metrics: a region's graph
 * has tens of thousands, and copying them was a tenth of the answer's time.
 */
export async function graphViewFor(
  ctx: GraphQLContext,
  filter: GraphFilterInput | null | undefined,
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
): Promise<GraphView> {
  requireRole(ctx, READERS, 'graphViewFor');
  const view = await viewFor(ctx, filter);
  const nodes = selectsField(info, ['nodes', 'metrics']) ? withView(view.graph.nodes, view) : view.graph.nodes;
  return { nodes, edges: view.graph.edges };
}
