import { MultiUndirectedGraph } from 'graphology';
import { getPosition } from './position-cache';
import { EDGE_COLORS, KIND_SHAPE, nodeColors, nodeSize } from './node-style';
import type { EdgeAttrs, GraphData, GraphEdgeData, GraphNodeData, NodeAttrs } from './types';

export type ExplorerGraph = MultiUndirectedGraph<NodeAttrs, EdgeAttrs>;

export interface BuiltGraph {
  graph: ExplorerGraph;
  /** True when some node had no position (remembered, or from the server's picture) and the layout should run. */
  needsLayout: boolean;
}

/** Where a node stands: where this tab's own layout last left it (position-cache.ts), else where the server's picture puts it. */
export function placeOf(node: GraphNodeData): { x: number; y: number } | undefined {
  return getPosition(node.id) ?? node.position;
}

/** A node's attributes at `position`; its size waits for its degree (`nodeSize`). */
export function nodeAttributes(node: GraphNodeData, position: { x: number; y: number }): NodeAttrs {
  return {
    x: position.x,
    y: position.y,
    size: 1,
    ...nodeColors(node),
    label: node.label,
    type: KIND_SHAPE[node.kind],
    kind: node.kind,
    sector: node.sector,
    since: node.since ?? null,
  };
}

export function edgeAttributes(edge: GraphEdgeData): EdgeAttrs {
  return {
    size: edge.kind === 'AGREEMENT' ? 1.5 : 0.6,
    color: EDGE_COLORS[edge.kind],
    kind: edge.kind,
    crossSector: edge.crossSector,
    since: edge.since ?? null,
    until: edge.until ?? null,
  };
}

/**
 * Builds the graphology graph in one pass over nodes and one over edges. Multi, because two
 * people can share a connection and an agreement. A node without a place (`placeOf`) starts on
 * a random disc (cheap, and ForceAtlas2 untangles it quickly).
 */
export function buildGraph(data: GraphData): BuiltGraph {
  performance.mark('explorer:build-graph:start');
  const graph: ExplorerGraph = new MultiUndirectedGraph<NodeAttrs, EdgeAttrs>();
  const spread = Math.sqrt(data.nodes.length) * 10 + 10;
  let needsLayout = false;
  for (const node of data.nodes) {
    let position = placeOf(node);
    if (!position) {
      needsLayout = true;
      const angle = Math.random() * Math.PI * 2;
      const radius = Math.sqrt(Math.random()) * spread;
      position = { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
    }
    graph.addNode(node.id, nodeAttributes(node, position));
  }
  for (const edge of data.edges) {
    // The API promises both ends are among the nodes; a stale edge is skipped, not fatal.
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target) || graph.hasEdge(edge.id)) continue;
    graph.addEdgeWithKey(edge.id, edge.source, edge.target, edgeAttributes(edge));
  }
  graph.updateEachNodeAttributes(
    (id, attrs) => ({ ...attrs, size: nodeSize(attrs.kind, graph.degree(id)) }),
    { attributes: ['size'] },
  );
  // User timing, read by `pnpm bench` (explorer-browser.ts) to tell where the main thread goes.
  performance.measure('explorer:build-graph', 'explorer:build-graph:start');
  return { graph, needsLayout };
}
