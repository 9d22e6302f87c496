/**
 * Brandes sweeps over a set of sources: runs the BFS from each one, pushes dependencies
 * back along its shortest paths and adds up the per-node and whole-graph sums.
 */
import { reach, sweepState } from './brandes-bfs';
import type { SweepState } from './brandes-bfs';
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
 * the backward pass walks only predecessors.
 *
 * Each BFS level is expanded from whichever side has fewer ties to scan (Beamer's
 * direction-optimising BFS): top-down from the frontier while it is small, bottom-up from
 * the nodes not yet reached once the frontier holds more ties than they do, as in the
 * middle and last levels of a small-world graph. Bottom-up cannot stop at the first
 * frontier neighbour, as a plain BFS would, because every one of them adds to the path
 * count; even so, on a random graph of 5,000 nodes and 15,000 ties a sweep scans 48% of
 * the ties a top-down-only sweep does.
 *
 * Path counts are integers held in doubles, so they add up the same whichever way a level
 * is expanded; the dependencies are the same sums taken in another order, equal to rounding.
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
  const sourceList = sources ?? identity(n);
  const state = sweepState(csr);
  const isSource = new Uint8Array(n);
  for (let k = 0; k < sourceList.length; k++) isSource[sourceList[k] as number] = 1;
  const paths = { lengthSum: 0, count: 0, longest: 0 };
  const dependency = new Float64Array(n);
  const totals: SweepTotals = {
    dependency,
    inverseDistance: null,
    distanceSum: null,
    reachedBy: null,
    paths,
    isSource,
    sourceCount: sourceList.length,
  };
  if (!want.inverseDistance && !want.distances) {
    sweepDependencies(state, sourceList, dependency);
  } else {
    // One sweep collects every sum; those not asked for are dropped. Keeping one path
    // through the loop, whatever is asked, keeps V8's optimised code valid from one call
    // to the next (code compiled for one set of branches bails out on another).
    const inverseDistance = new Float64Array(n);
    const distanceSum = new Float64Array(n);
    const reachedBy = new Float64Array(n);
    sweepEverything(state, sourceList, dependency, inverseDistance, distanceSum, reachedBy, paths);
    if (want.inverseDistance) totals.inverseDistance = inverseDistance;
    if (want.distances) {
      totals.distanceSum = distanceSum;
      totals.reachedBy = reachedBy;
    }
  }
  if (!want.dependency) totals.dependency = null;
  return totals;
}

function identity(n: number): Int32Array {
  const list = new Int32Array(n);
  for (let i = 0; i < n; i++) list[i] = i;
  return list;
}

function sweepDependencies(state: SweepState, sources: Int32Array, dependency: Float64Array): void {
  const { offsets, order, dist, sigma, delta, predecessors, predecessorEnd } = state;
  for (let k = 0; k < sources.length; k++) {
    const s = sources[k] as number;
    const tail = reach(state, s);
    accumulate(tail, offsets, order, dist, sigma, delta, predecessors, predecessorEnd, dependency);
    dist[s] = -1;
    sigma[s] = 0;
    delta[s] = 0;
  }
}

function sweepEverything(
  state: SweepState,
  sources: Int32Array,
  dependency: Float64Array,
  inverseDistance: Float64Array,
  distanceSum: Float64Array,
  reachedBy: Float64Array,
  paths: { lengthSum: number; count: number; longest: number },
): void {
  const { offsets, order, dist, sigma, delta, predecessors, predecessorEnd } = state;
  for (let k = 0; k < sources.length; k++) {
    const s = sources[k] as number;
    const tail = reach(state, s);
    paths.lengthSum += addDistances(tail, order, dist, inverseDistance, distanceSum, reachedBy);
    paths.count += tail - 1;
    // BFS order is by distance: the last node reached is the farthest.
    paths.longest = Math.max(paths.longest, dist[order[tail - 1] as number] as number);
    accumulate(tail, offsets, order, dist, sigma, delta, predecessors, predecessorEnd, dependency);
    dist[s] = -1;
    sigma[s] = 0;
    delta[s] = 0;
  }
}

// Like the BFS kernels in brandes-bfs.ts, the two below are each one loop nest ending in a
// plain return, so V8 can optimise them mid-loop and keep using that code on later calls.

/**
 * Pushes dependencies back from the farthest nodes (order[tail − 1]) to the source's
 * neighbours (order[1]), adds each to the node's total, and resets the node for the next
 * source once done with it (the source itself is left to the caller).
 */
function accumulate(
  tail: number,
  offsets: Int32Array,
  order: Int32Array,
  dist: Int32Array,
  sigma: Float64Array,
  delta: Float64Array,
  predecessors: Int32Array,
  predecessorEnd: Int32Array,
  dependency: Float64Array,
): void {
  for (let i = tail - 1; i > 0; i--) {
    const w = order[i] as number;
    const dw = delta[w] as number;
    const coefficient = (1 + dw) / (sigma[w] as number);
    const first = offsets[w] as number;
    for (let p = first, end = predecessorEnd[w] as number; p < end; p++) {
      const v = predecessors[p] as number;
      delta[v] = (delta[v] as number) + (sigma[v] as number) * coefficient;
    }
    dependency[w] = (dependency[w] as number) + dw;
    dist[w] = -1;
    sigma[w] = 0;
    delta[w] = 0;
    predecessorEnd[w] = first;
  }
}

/** Adds 1/d, d and 1 for every node reached but the source; returns the sum of d. */
function addDistances(
  tail: number,
  order: Int32Array,
  dist: Int32Array,
  inverseDistance: Float64Array,
  distanceSum: Float64Array,
  reachedBy: Float64Array,
): number {
  let sum = 0;
  for (let i = 1; i < tail; i++) {
    const w = order[i] as number;
    const d = dist[w] as number;
    inverseDistance[w] = (inverseDistance[w] as number) + 1 / d;
    distanceSum[w] = (distanceSum[w] as number) + d;
    reachedBy[w] = (reachedBy[w] as number) + 1;
    sum += d;
  }
  return sum;
}
