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

/** Nodes or edges added between checks of the clock, when building in slices. */
const STEP = 2_000;
/** A slice's share of the main thread before it gives way to input and frames. */
const SLICE_MS = 30;

/**
 * The graph's building, one pass over nodes and one over edges, pausing (yield) every STEP
 * nodes or edges so a caller can spread it over tasks. Multi, because two people can share a
 * connection and an agreement. A node without a place (`placeOf`) starts on a random disc
 * (cheap, and ForceAtlas2 untangles it quickly).
 */
function* buildSteps(data: GraphData): Generator<void, BuiltGraph> {
  const graph: ExplorerGraph = new MultiUndirectedGraph<NodeAttrs, EdgeAttrs>();
  const spread = Math.sqrt(data.nodes.length) * 10 + 10;
  let needsLayout = false;
  let done = 0;
  for (const node of data.nodes) {
    let position = placeOf(node);
    if (!position) {
      needsLayout = true;
      const angle = Math.random() * Math.PI * 2;
      const radius = Math.sqrt(Math.random()) * spread;
      position = { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
    }
    graph.addNode(node.id, nodeAttributes(node, position));
    if (++done % STEP === 0) yield;
  }
  for (const edge of data.edges) {
    // The API promises both ends are among the nodes; a stale edge is skipped, not fatal.
    if (graph.hasNode(edge.source) && graph.hasNode(edge.target) && !graph.hasEdge(edge.id))
      graph.addEdgeWithKey(edge.id, edge.source, edge.target, edgeAttributes(edge));
    if (++done % STEP === 0) yield;
  }
  graph.updateEachNodeAttributes(
    (id, attrs) => ({ ...attrs, size: nodeSize(attrs.kind, graph.degree(id)) }),
    { attributes: ['size'] },
  );
  return { graph, needsLayout };
}

/** Builds the graphology graph for `data` in one task. */
export function buildGraph(data: GraphData): BuiltGraph {
  performance.mark('explorer:build-graph:start');
  const steps = buildSteps(data);
  let step = steps.next();
  while (!step.done) step = steps.next();
  // User timing, read by `pnpm bench` (explorer-browser.ts) to tell where the main thread goes.
  performance.measure('explorer:build-graph', 'explorer:build-graph:start');
  return step.value;
}

/**
 * Lets input, frames and other tasks run before the caller goes on: through `scheduler.yield`
 * where the browser has it (the rest of the work keeps its place ahead of other tasks, and no
 * timer clamping adds 4 ms to each slice), else through a timer.
 */
function giveWay(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Builds the graph for `data` in slices of about SLICE_MS, giving way between them, so a graph
 * of 20,000 people (half a second of work or more) does not hold the page while its hubs, or
 * the last graph, are on screen. Null when `signal` is aborted first (a newer answer came).
 */
export async function buildGraphInSlices(data: GraphData, signal: AbortSignal): Promise<BuiltGraph | null> {
  const start = performance.now();
  const steps = buildSteps(data);
  for (;;) {
    const sliceEnd = performance.now() + SLICE_MS;
    let step = steps.next();
    while (!step.done && performance.now() < sliceEnd) step = steps.next();
    if (step.done) {
      // User timing, as buildGraph's: here from the first slice to the last.
      performance.measure('explorer:build-graph', { start });
      return step.value;
    }
    await giveWay();
    if (signal.aborted) return null;
  }
}
