import type { ExplorerGraph } from './build-graph';

/** What the date slider and focus mode leave on the canvas. */
export interface Visibility {
  /** Hide what had not begun, or had ended, on this ISO day; null shows everything. */
  asOf: string | null;
  /** Nodes within the focus radius, or null when focus mode is off. */
  focus: ReadonlySet<string> | null;
}

function beganBy(since: string | null, asOf: string): boolean {
  return since === null || since <= asOf;
}

/** Whether a node exists on the replay's day and lies inside the focus (the GraphFilter.asOf rule). */
export function nodeVisible(id: string, attrs: { since: string | null }, v: Visibility): boolean {
  if (v.asOf !== null && !beganBy(attrs.since, v.asOf)) return false;
  return v.focus === null || v.focus.has(id);
}

/**
 * Whether a tie is shown by its own dates and the focus. Sigma also leaves out a tie whose end
 * is hidden, so counting needs `edgeVisible`, which adds that.
 */
export function edgeOwnVisible(
  source: string,
  target: string,
  attrs: { since: string | null; until: string | null },
  v: Visibility,
): boolean {
  if (v.asOf !== null && (!beganBy(attrs.since, v.asOf) || (attrs.until !== null && attrs.until < v.asOf))) return false;
  return v.focus === null || (v.focus.has(source) && v.focus.has(target));
}

/** Whether a tie is drawn: its own dates and focus, and both its ends shown. */
export function edgeVisible(graph: ExplorerGraph, edge: string, v: Visibility): boolean {
  const [source, target] = graph.extremities(edge);
  return (
    edgeOwnVisible(source, target, graph.getEdgeAttributes(edge), v) &&
    nodeVisible(source, graph.getNodeAttributes(source), v) &&
    nodeVisible(target, graph.getNodeAttributes(target), v)
  );
}

/** Nodes and ties the canvas shows under the date and the focus: what the counter says. */
export function visibleCounts(graph: ExplorerGraph, v: Visibility): { nodes: number; edges: number } {
  if (v.asOf === null && v.focus === null) return { nodes: graph.order, edges: graph.size };
  let nodes = 0;
  const shown = new Set<string>();
  graph.forEachNode((id, attrs) => {
    if (nodeVisible(id, attrs, v)) {
      nodes += 1;
      shown.add(id);
    }
  });
  let edges = 0;
  graph.forEachEdge((_edge, attrs, source, target) => {
    if (shown.has(source) && shown.has(target) && edgeOwnVisible(source, target, attrs, v)) edges += 1;
  });
  return { nodes, edges };
}
