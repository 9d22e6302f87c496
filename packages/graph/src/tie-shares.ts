import { NODE_CHUNK } from './csr';
import type { Csr } from './csr';

/**
 * Burt's p_uv per slot u→v: the tie's weight over the sum of u's tie weights (1/degree
 * when unweighted). networkx's "normalised mutual weight" doubles both sides on an
 * undirected graph, which cancels.
 */
export function tieShares(csr: Csr, weighted: boolean): Float64Array {
  const n = csr.nodeCount;
  const shares = new Float64Array(csr.targets.length);
  for (let from = 0; from < n; from += NODE_CHUNK) {
    const to = Math.min(n, from + NODE_CHUNK);
    if (weighted) weightShares(from, to, csr.offsets, csr.weights, shares);
    else degreeShares(from, to, csr.offsets, shares);
  }
  return shares;
}

/** 1/degree on every slot: what weightShares gives when all weights are 1. */
function degreeShares(from: number, to: number, offsets: Int32Array, shares: Float64Array): void {
  for (let u = from; u < to; u++) {
    const start = offsets[u] as number;
    const end = offsets[u + 1] as number;
    const share = 1 / (end - start);
    for (let e = start; e < end; e++) shares[e] = share;
  }
}

function weightShares(
  from: number,
  to: number,
  offsets: Int32Array,
  weights: Float64Array,
  shares: Float64Array,
): void {
  for (let u = from; u < to; u++) {
    const start = offsets[u] as number;
    const end = offsets[u + 1] as number;
    let total = 0;
    for (let e = start; e < end; e++) total += weights[e] as number;
    for (let e = start; e < end; e++) shares[e] = total === 0 ? 0 : (weights[e] as number) / total;
  }
}

/** Burt's m_uv per slot u→v: the tie's weight over u's strongest tie (1 when unweighted). */
export function tieMaxShares(csr: Csr, weighted: boolean): Float64Array {
  const { offsets, weights } = csr;
  const shares = new Float64Array(weights.length);
  for (let u = 0; u < csr.nodeCount; u++) {
    const start = offsets[u] as number;
    const end = offsets[u + 1] as number;
    let strongest = 0;
    for (let e = start; e < end; e++)
      strongest = Math.max(strongest, weighted ? (weights[e] as number) : 1);
    for (let e = start; e < end; e++)
      shares[e] = strongest === 0 ? 0 : (weighted ? (weights[e] as number) : 1) / strongest;
  }
  return shares;
}
