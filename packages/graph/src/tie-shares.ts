import type { Csr } from './csr';

/**
 * Burt's p_uv per slot u→v: the tie's weight over the sum of u's tie weights (1/degree
 * when unweighted). networkx's "normalised mutual weight" doubles both sides on an
 * undirected graph, which cancels.
 */
export function tieShares(csr: Csr, weighted: boolean): Float64Array {
  const { offsets, weights } = csr;
  const shares = new Float64Array(weights.length);
  for (let u = 0; u < csr.nodeCount; u++) {
    const start = offsets[u] as number;
    const end = offsets[u + 1] as number;
    let total = 0;
    for (let e = start; e < end; e++) total += weighted ? (weights[e] as number) : 1;
    for (let e = start; e < end; e++)
      shares[e] = total === 0 ? 0 : (weighted ? (weights[e] as number) : 1) / total;
  }
  return shares;
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
