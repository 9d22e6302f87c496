import { brandesSweep } from './brandes-sweep';
import { csrFor, toRecord } from './csr';
import type { Csr } from './csr';
import { sampleIndices, seededRandom } from './rng';
import { normaliseBetweenness } from './sweep-scaling';
import type { AnyGraph, NodeMetric } from './types';

/** Options for {@link betweennessSampled}. */
export interface BetweennessSampledOptions {
  /** Number of source nodes to sweep from (capped at the node count, where the result is exact). */
  samples: number;
  /** Seed for choosing the sources; the same seed gives the same estimate. Default 1. */
  seed?: number;
  /** Failure probability δ of the reported bound. Default 0.05. */
  delta?: number;
}

/** A sampled betweenness estimate and its guarantee. */
export interface BetweennessEstimate {
  /** Estimated normalised betweenness per node (same scale as {@link betweenness}). */
  betweenness: NodeMetric;
  /** Number of sources swept. */
  samples: number;
  /** True when every node was a source, so the values are exact. */
  exact: boolean;
  /** With probability at least 1 − `delta`, every node's estimate is within `epsilon` of its exact value. */
  epsilon: number;
  /** The failure probability the bound holds for. */
  delta: number;
}

/**
 * The additive error bound of {@link betweennessSampled} (Brandes & Pich 2007, after
 * Eppstein & Wang): each sampled source s adds δ_s(v)/(n−2) ∈ [0, 1] to node v, so by
 * Hoeffding's inequality (which holds for sampling without replacement) and a union
 * bound over the n nodes, with probability ≥ 1 − δ all estimates are within
 * ε = √(ln(2n/δ) / (2(k−1))) of the exact normalised betweenness. 0 when k ≥ n.
 */
export function betweennessErrorBound(nodeCount: number, samples: number, delta = 0.05): number {
  if (samples >= nodeCount) return 0;
  if (samples < 2) return Number.POSITIVE_INFINITY;
  return Math.sqrt(Math.log((2 * nodeCount) / delta) / (2 * (samples - 1)));
}

/** The number of sources {@link betweennessSampled} needs for error at most `epsilon` with probability 1 − `delta`. */
export function betweennessSampleSize(nodeCount: number, epsilon: number, delta = 0.05): number {
  if (!(epsilon > 0))
    throw new Error('@brobygger/graph/betweenness-sampled: epsilon must be positive');
  const k = Math.ceil(Math.log((2 * nodeCount) / delta) / (2 * epsilon * epsilon)) + 1;
  return Math.min(nodeCount, k);
}

/**
 * Estimated normalised betweenness from `samples` source nodes chosen uniformly without
 * replacement — for graphs too large for exact Brandes. O(k·m) time. The estimate is
 * unbiased and comes with the bound of {@link betweennessErrorBound}.
 */
export function betweennessSampled(
  input: AnyGraph | Csr,
  options: BetweennessSampledOptions,
): BetweennessEstimate {
  const { csr } = csrFor(input, null, 'betweenness-sampled');
  const n = csr.nodeCount;
  const delta = options.delta ?? 0.05;
  if (!(options.samples >= 1))
    throw new Error('@brobygger/graph/betweenness-sampled: samples must be at least 1');
  if (!(delta > 0 && delta < 1))
    throw new Error('@brobygger/graph/betweenness-sampled: delta must be between 0 and 1');
  const k = Math.min(n, Math.floor(options.samples));
  const sources = k === n ? null : sampleIndices(n, k, seededRandom(options.seed ?? 1));
  const totals = brandesSweep(csr, sources, { dependency: true, inverseDistance: false });
  return {
    betweenness: toRecord(csr, normaliseBetweenness(csr, totals)),
    samples: k,
    exact: k === n,
    epsilon: betweennessErrorBound(n, k, delta),
    delta,
  };
}
