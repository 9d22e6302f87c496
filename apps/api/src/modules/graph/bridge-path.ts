import type { GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from '../../context';
import { throwIfPastDeadline, yieldToEventLoop } from '../../lib/deadline';
import { badInput } from '../../lib/errors';
import { toPlainGraph } from './graph-metrics';
import type { GraphData, GraphEdgeData, GraphFilterInput } from './graph-types';
import { withMetricsIfSelected, type GraphNodeView } from './graph-view';
import { analyticsJobOf, INLINE_WORK_MAX, runAnalyticsInline, runAnalyticsJob } from './analytics-pool';
import { viewFor } from './service';
import { requireRole } from '../../authorization/acting-viewer';
import { READERS } from '../../authorization/permissions';

export interface BridgePathView {
  nodes: GraphNodeView[];
  edges: GraphEdgeData[];
  length: number;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** The path's node ids as nodes, and for each step the strongest edge joining the two nodes. */
export function pathOf(graph: GraphData, ids: readonly string[]): { nodes: GraphData['nodes']; edges: GraphEdgeData[] } {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const steps = new Set(ids.slice(1).map((id, i) => pairKey(ids[i]!, id)));
  const best = new Map<string, GraphEdgeData>();
  for (const edge of graph.edges) {
    const key = pairKey(edge.source, edge.target);
    if (!steps.has(key)) continue;
    const seen = best.get(key);
    if (!seen || edge.weight > seen.weight) best.set(key, edge);
  }
  return {
    nodes: ids.map((id) => byId.get(id)!),
    edges: ids.slice(1).map((id, i) => best.get(pairKey(ids[i]!, id))!),
  };
}

/**
 * The shortest path (fewest steps, ties followed both ways) between two nodes of the graph the
 * viewer is looking at. Ids are the viewer's: pseudonyms for researchers. An id outside that
 * graph is bad input — the same answer whether it does not exist or is hidden from the viewer.
 */
export async function bridgePathFor(
  ctx: GraphQLContext,
  from: string,
  to: string,
  filter: GraphFilterInput | null | undefined,
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
): Promise<BridgePathView | null> {
  requireRole(ctx, READERS, 'bridgePathFor');
  const view = await viewFor(ctx, filter);
  const present = new Set(view.graph.nodes.map((node) => node.id));
  if (!present.has(from)) throw badInput('from', `No node "${from}" in the graph you are looking at.`, { reason: 'NODE_NOT_IN_GRAPH', params: { id: from } });
  if (!present.has(to)) throw badInput('to', `No node "${to}" in the graph you are looking at.`, { reason: 'NODE_NOT_IN_GRAPH', params: { id: to } });
  // Packing a large graph for the search takes long enough to hold up other requests: the pool does it.
  let ids;
  if (view.graph.nodes.length + view.graph.edges.length <= INLINE_WORK_MAX) {
    ids = runAnalyticsInline('shortestPath', { plain: toPlainGraph(view.graph), from, to });
  } else {
    await yieldToEventLoop();
    throwIfPastDeadline(ctx.signal);
    ids = await runAnalyticsJob('shortestPath', { plain: toPlainGraph(view.graph), from, to }, analyticsJobOf(ctx));
  }
  if (!ids) return null;
  const path = pathOf(view.graph, ids);
  return { nodes: await withMetricsIfSelected(ctx, path.nodes, view, info), edges: path.edges, length: ids.length - 1 };
}
