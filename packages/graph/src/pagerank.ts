import { csrFor, toRecord } from './csr';
import type { Csr } from './csr';
import type { AnyGraph, NodeMetric } from './types';

/** Options for {@link pagerank}. */
export interface PagerankOptions {
  /** Damping factor. Default 0.85. */
  alpha?: number;
  /** Stop when the L1 change of an iteration is below `nodeCount × tolerance`. Default 1e-12. */
  tolerance?: number;
  /** Give up (and throw) after this many iterations. Default 1000. */
  maxIterations?: number;
  /** Edge attribute holding the weight, or null for unweighted. Default `'weight'`, as in networkx. */
  weight?: string | null;
}

/**
 * PageRank by power iteration on the CSR, step for step the iteration networkx
 * `pagerank` runs (uniform start and teleport, dangling mass spread uniformly, the same
 * L1 stopping rule), so the results agree to rounding when the tolerance is the same.
 * On an undirected graph each tie is followed both ways, in proportion to its weight.
 */
export function pagerank(input: AnyGraph | Csr, options: PagerankOptions = {}): NodeMetric {
  const weight = options.weight === undefined ? 'weight' : options.weight;
  const { csr, weighted } = csrFor(input, weight, 'pagerank');
  const alpha = options.alpha ?? 0.85;
  const tolerance = options.tolerance ?? 1e-12;
  const maxIterations = options.maxIterations ?? 1000;
  const n = csr.nodeCount;
  if (n === 0) return {};
  const { offsets, targets, weights } = csr;

  // Out-strength per node; a node with none is dangling and teleports uniformly.
  const strength = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    let sum = 0;
    for (let e = offsets[v] as number, end = offsets[v + 1] as number; e < end; e++)
      sum += weighted ? (weights[e] as number) : 1;
    strength[v] = sum;
  }

  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const share = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let dangling = 0;
    for (let v = 0; v < n; v++) {
      const s = strength[v] as number;
      if (s === 0) {
        dangling += x[v] as number;
        share[v] = 0;
      } else {
        share[v] = (x[v] as number) / s;
      }
    }
    const base = alpha * (dangling / n) + (1 - alpha) / n;
    let change = 0;
    for (let v = 0; v < n; v++) {
      let sum = 0;
      for (let e = offsets[v] as number, end = offsets[v + 1] as number; e < end; e++) {
        sum += (weighted ? (weights[e] as number) : 1) * (share[targets[e] as number] as number);
      }
      const value = alpha * sum + base;
      next[v] = value;
      change += Math.abs(value - (x[v] as number));
    }
    const swap = x;
    x = next;
    next = swap;
    if (change < n * tolerance) return toRecord(csr, x);
  }
  throw new Error(`@brobygger/graph/pagerank: did not converge in ${maxIterations} iterations`);
}
