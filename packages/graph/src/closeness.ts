import { brandesSweep, type SweepTotals } from './brandes-sweep';
import { csrFor, toRecord } from './csr';
import type { Csr } from './csr';
import type { AnyGraph, NodeMetric } from './types';

/**
 * Closeness from a sweep's distance sums, like networkx `closeness_centrality` with
 * `wf_improved=True` (Wasserman and Faust, for graphs in several pieces): (r / Σd) · r / (n − 1)
 * for a node reaching r others at total distance Σd, 0 for a node that reaches none. With k
 * sampled sources both sums are scaled up by (n − 1)/k (or (n − 1)/(k − 1) for sources).
 */
export function closenessFromSweep(csr: Csr, totals: SweepTotals): Float64Array {
  const n = csr.nodeCount;
  const distances = totals.distanceSum as Float64Array;
  const reached = totals.reachedBy as Float64Array;
  const k = totals.sourceCount;
  const result = new Float64Array(n);
  if (n <= 1) return result;
  for (let v = 0; v < n; v++) {
    const used = k === n ? n - 1 : totals.isSource[v] === 1 ? k - 1 : k;
    const scale = used > 0 ? (n - 1) / used : Number.NaN;
    const r = (reached[v] as number) * scale;
    const total = (distances[v] as number) * scale;
    result[v] = total > 0 ? (r / total) * (r / (n - 1)) : 0;
  }
  return result;
}

/** Closeness of every node (see {@link closenessFromSweep}). O(n·m) time. */
export function closeness(input: AnyGraph | Csr): NodeMetric {
  const { csr } = csrFor(input, null, 'closeness');
  const totals = brandesSweep(csr, null, { dependency: false, inverseDistance: false, distances: true });
  return toRecord(csr, closenessFromSweep(csr, totals));
}

/** How far apart connected nodes are. */
export interface PathLengths {
  /** The longest shortest path between two nodes that are connected; 0 without ties. */
  diameter: number;
  /** The mean shortest path length over every pair of nodes that are connected; NaN without ties. */
  averagePathLength: number;
}

/**
 * Diameter and average path length over connected pairs only, as igraph's `diameter` and
 * `average_path_length` with `unconn=True` (networkx refuses a graph in several pieces).
 * From sampled sources the average is an estimate and the diameter a lower bound.
 */
export function pathLengthsFromSweep(totals: SweepTotals): PathLengths {
  const { lengthSum, count, longest } = totals.paths;
  return { diameter: longest, averagePathLength: count > 0 ? lengthSum / count : Number.NaN };
}

/** {@link PathLengths} of the whole graph, from every node. O(n·m) time. */
export function pathLengths(input: AnyGraph | Csr): PathLengths {
  const { csr } = csrFor(input, null, 'pathLengths');
  return pathLengthsFromSweep(brandesSweep(csr, null, { dependency: false, inverseDistance: false, distances: true }));
}
