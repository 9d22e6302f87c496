import type { ExplorerGraph } from './build-graph';

/** Nodes within `steps` hops of `start` (breadth-first), including `start`. */
export function neighborhood(graph: ExplorerGraph, start: string, steps: number): Set<string> {
  const seen = new Set<string>([start]);
  if (!graph.hasNode(start)) return seen;
  let frontier = [start];
  for (let step = 0; step < steps && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachNeighbor(node, (neighbor) => {
        if (!seen.has(neighbor)) {
          seen.add(neighbor);
          next.push(neighbor);
        }
      });
    }
    frontier = next;
  }
  return seen;
}
