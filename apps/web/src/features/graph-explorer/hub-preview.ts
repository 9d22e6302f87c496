import { MultiUndirectedGraph } from 'graphology';
import type { ExplorerGraph } from './build-graph';
import type { EdgeAttrs, NodeAttrs } from './types';

/** From this many nodes on, the canvas first draws the organisations and networks alone. */
export const PREVIEW_MIN_ORDER = 5_000;

/**
 * The organisations and networks of a large graph, and the ties between them, with the same
 * attributes: sigma draws this in a fraction of the time the whole graph takes, so the shape
 * of the region (its hubs, where the server's picture puts them) is on screen first and the
 * people follow in the next task. Null when the graph is small enough to draw at once, or is
 * mostly hubs.
 */
export function hubPreview(graph: ExplorerGraph): ExplorerGraph | null {
  if (graph.order < PREVIEW_MIN_ORDER) return null;
  const preview: ExplorerGraph = new MultiUndirectedGraph<NodeAttrs, EdgeAttrs>();
  graph.forEachNode((id, attrs) => {
    if (attrs.kind === 'ORGANIZATION' || attrs.kind === 'NETWORK') preview.addNode(id, attrs);
  });
  if (preview.order === 0 || preview.order > graph.order / 2) return null;
  graph.forEachEdge((id, attrs, source, target) => {
    if (preview.hasNode(source) && preview.hasNode(target))
      preview.addEdgeWithKey(id, source, target, attrs);
  });
  return preview;
}

/** The extent of every node's position: the preview is framed as the whole graph will be, so nothing moves when the people arrive. */
export function extentOf(graph: ExplorerGraph): { x: [number, number]; y: [number, number] } {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_id, { x, y }) => {
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  });
  return { x: [minX, maxX], y: [minY, maxY] };
}
