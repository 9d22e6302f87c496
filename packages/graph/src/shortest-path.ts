import { bidirectional } from 'graphology-shortest-path/unweighted';
import type { AnyGraph } from './types';

/**
 * The shortest path between two nodes, counting steps and ignoring weights (the
 * "warm introduction" path): node ids from `from` to `to`, `[from]` when they are the
 * same node, or null when no path joins them. Edges are followed both ways.
 */
export function shortestPath(graph: AnyGraph, from: string, to: string): string[] | null {
  for (const node of [from, to]) {
    if (!graph.hasNode(node))
      throw new Error(`@brobygger/graph/shortest-path: node "${node}" is not in the graph`);
  }
  return bidirectional(graph, from, to);
}
