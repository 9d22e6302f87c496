import type { Csr } from './csr';

/** Raw sums from breadth-first sweeps out of a set of sources. */
export interface SweepTotals {
  /** Sum over sources of Brandes dependencies δ_s(v), or null when not asked for. */
  dependency: Float64Array | null;
  /** Sum over sources of 1 / d(s, v) for v reached from s (v ≠ s), or null. */
  inverseDistance: Float64Array | null;
  /** Sum over sources of d(s, v) for v reached from s (v ≠ s), or null. */
  distanceSum: Float64Array | null;
  /** How many sources reach v (v itself not counted), or null. */
  reachedBy: Float64Array | null;
  /** Over every source s and node v ≠ s it reaches: the sum of d(s, v), their number and the largest. */
  paths: { lengthSum: number; count: number; longest: number };
  /** 1 for nodes that were sources. */
  isSource: Uint8Array;
  /** Number of sources swept. */
  sourceCount: number;
}

/**
 * Unweighted Brandes (2001) on a CSR: one BFS per source, then dependencies pushed back
 * in reverse BFS order. Everything lives in preallocated typed arrays, reset only where
 * the BFS reached. A node's predecessors are a subset of its neighbours, so they are
 * written into the node's own CSR row range of one shared array — no list per node, and
 * the backward pass walks only predecessors (about 20% faster than re-testing distances).
 *
 * The graph is undirected, so Σ_s 1/d(s, v) over all sources is v's harmonic centrality;
 * that sum is collected in the same sweep, and so are the distance sums that closeness,
 * the average path length and the diameter are made of.
 */
export function brandesSweep(
  csr: Csr,
  sources: Int32Array | null,
  want: { dependency: boolean; inverseDistance: boolean; distances?: boolean },
): SweepTotals {
  const n = csr.nodeCount;
  const offsets = csr.offsets;
  const targets = csr.targets;
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  const predecessors = new Int32Array(targets.length);
  const predecessorEnd = new Int32Array(n);
  const dependency = want.dependency ? new Float64Array(n) : null;
  const inverseDistance = want.inverseDistance ? new Float64Array(n) : null;
  const distanceSum = want.distances ? new Float64Array(n) : null;
  const reachedBy = want.distances ? new Float64Array(n) : null;
  const paths = { lengthSum: 0, count: 0, longest: 0 };
  const isSource = new Uint8Array(n);
  const sourceCount = sources === null ? n : sources.length;

  for (let k = 0; k < sourceCount; k++) {
    const s = sources === null ? k : (sources[k] as number);
    isSource[s] = 1;
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    dist[s] = 0;
    sigma[s] = 1;
    while (head < tail) {
      const v = order[head++] as number;
      const next = (dist[v] as number) + 1;
      const sv = sigma[v] as number;
      for (let e = offsets[v] as number, end = offsets[v + 1] as number; e < end; e++) {
        const w = targets[e] as number;
        const dw = dist[w] as number;
        if (dw < 0) {
          dist[w] = next;
          order[tail++] = w;
          sigma[w] = sv;
          const first = offsets[w] as number;
          predecessors[first] = v;
          predecessorEnd[w] = first + 1;
        } else if (dw === next) {
          sigma[w] = (sigma[w] as number) + sv;
          const slot = predecessorEnd[w] as number;
          predecessors[slot] = v;
          predecessorEnd[w] = slot + 1;
        }
      }
    }

    if (dependency !== null) {
      for (let i = tail - 1; i > 0; i--) {
        const w = order[i] as number;
        const coefficient = (1 + (delta[w] as number)) / (sigma[w] as number);
        for (let p = offsets[w] as number, end = predecessorEnd[w] as number; p < end; p++) {
          const v = predecessors[p] as number;
          delta[v] = (delta[v] as number) + (sigma[v] as number) * coefficient;
        }
        dependency[w] = (dependency[w] as number) + (delta[w] as number);
      }
    }
    if (inverseDistance !== null) {
      for (let i = 1; i < tail; i++) {
        const w = order[i] as number;
        inverseDistance[w] = (inverseDistance[w] as number) + 1 / (dist[w] as number);
      }
    }
    if (distanceSum !== null && reachedBy !== null) {
      let sum = 0;
      for (let i = 1; i < tail; i++) {
        const w = order[i] as number;
        const d = dist[w] as number;
        distanceSum[w] = (distanceSum[w] as number) + d;
        reachedBy[w] = (reachedBy[w] as number) + 1;
        sum += d;
      }
      paths.lengthSum += sum;
      paths.count += tail - 1;
      // BFS order is by distance: the last node reached is the farthest.
      if (tail > 1) paths.longest = Math.max(paths.longest, dist[order[tail - 1] as number] as number);
    }
    for (let i = 0; i < tail; i++) {
      const w = order[i] as number;
      dist[w] = -1;
      sigma[w] = 0;
      delta[w] = 0;
    }
  }
  return { dependency, inverseDistance, distanceSum, reachedBy, paths, isSource, sourceCount };
}

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
