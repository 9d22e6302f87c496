import { MultiUndirectedGraph } from 'graphology';
import { edgeAttributes, nodeAttributes, placeOf, type ExplorerGraph } from './build-graph';
import { nodeSize } from './node-style';
import type { EdgeAttrs, GraphData, NodeAttrs } from './types';

/** From this many nodes on, the canvas first draws the organisations and networks alone. */
export const PREVIEW_MIN_ORDER = 5_000;

/** The extent of every node's position, across and down. */
export interface Extent {
  x: [number, number];
  y: [number, number];
}

export interface HubPreview {
  /** The organisations and networks, where they will stay, sized by their degree in the whole graph. */
  graph: ExplorerGraph;
  /** The whole graph's extent: the hubs are framed as the whole graph will be, so nothing moves when the people arrive. */
  extent: Extent;
  /** Ties in the whole graph (the renderer draws as for a graph of this size from the start). */
  ties: number;
}

/**
 * The organisations and networks of a large graph and the ties between them, read straight
 * from the data — a few milliseconds where building the whole graph takes a third of a second
 * at 20,000 people — so the shape of the region (its hubs, where they will stay) is on screen
 * before the whole graph is built. Null when the graph is small enough to draw at once, is
 * mostly hubs, or has a node still without a place (the layout is about to move them all).
 */
export function hubPreview(data: GraphData): HubPreview | null {
  if (data.nodes.length < PREVIEW_MIN_ORDER) return null;
  const graph: ExplorerGraph = new MultiUndirectedGraph<NodeAttrs, EdgeAttrs>();
  const known = new Set<string>();
  const extent: Extent = { x: [Infinity, -Infinity], y: [Infinity, -Infinity] };
  for (const node of data.nodes) {
    const position = placeOf(node);
    if (!position) return null;
    known.add(node.id);
    if (position.x < extent.x[0]) extent.x[0] = position.x;
    if (position.x > extent.x[1]) extent.x[1] = position.x;
    if (position.y < extent.y[0]) extent.y[0] = position.y;
    if (position.y > extent.y[1]) extent.y[1] = position.y;
    if (node.kind === 'ORGANIZATION' || node.kind === 'NETWORK')
      graph.addNode(node.id, nodeAttributes(node, position));
  }
  if (graph.order === 0 || graph.order > data.nodes.length / 2) return null;
  // Each hub's degree in the whole graph, counted as buildGraph counts it (stale edges left out).
  const degree = new Map<string, number>();
  for (const edge of data.edges) {
    if (!known.has(edge.source) || !known.has(edge.target)) continue;
    const sourceIsHub = graph.hasNode(edge.source);
    const targetIsHub = graph.hasNode(edge.target);
    if (sourceIsHub) degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    if (targetIsHub) degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
    if (sourceIsHub && targetIsHub && !graph.hasEdge(edge.id))
      graph.addEdgeWithKey(edge.id, edge.source, edge.target, edgeAttributes(edge));
  }
  graph.updateEachNodeAttributes(
    (id, attrs) => ({ ...attrs, size: nodeSize(attrs.kind, degree.get(id) ?? 0) }),
    {
      attributes: ['size'],
    },
  );
  return { graph, extent, ties: data.edges.length };
}
