/**
 * Turns the raw sums of a Brandes sweep into scores: normalised betweenness and harmonic
 * centrality, scaled up when only some of the nodes were swept from.
 */
import type { SweepTotals } from './brandes-sweep';
import type { Csr } from './csr';

/**
 * Turns summed dependencies into normalised betweenness, as networkx does: divide by the
 * (n−1)(n−2) ordered pairs, and when only k sources were swept, scale up by the share of
 * sources seen — (n−1)/k for non-sources, (n−1)/(k−1) for sources, whose own sweep says
 * nothing about them. This is unbiased and equals networkx for the same source set.
 */
export function normaliseBetweenness(csr: Csr, totals: SweepTotals): Float64Array {
  const n = csr.nodeCount;
  const raw = totals.dependency as Float64Array;
  const result = new Float64Array(n);
  if (n <= 2) return result;
  const k = totals.sourceCount;
  const exact = k === n;
  for (let v = 0; v < n; v++) {
    const used = exact ? n - 1 : totals.isSource[v] === 1 ? k - 1 : k;
    result[v] = used > 0 ? (raw[v] as number) / (used * (n - 2)) : Number.NaN;
  }
  return result;
}

/**
 * Turns summed inverse distances into harmonic centrality; with k sampled sources each
 * node's sum is scaled up by (n−1)/k (or (n−1)/(k−1) for sources), as for betweenness.
 */
export function scaleHarmonic(csr: Csr, totals: SweepTotals): Float64Array {
  const n = csr.nodeCount;
  const raw = totals.inverseDistance as Float64Array;
  const k = totals.sourceCount;
  if (k === n) return raw.slice();
  const result = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const used = totals.isSource[v] === 1 ? k - 1 : k;
    result[v] = used > 0 ? ((raw[v] as number) * (n - 1)) / used : Number.NaN;
  }
  return result;
}
