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

/** Working arrays of one sweep; between sources every entry is back to its initial value. */
interface SweepState {
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly degree: Int32Array;
  /** BFS level per node, -1 when not reached. */
  readonly dist: Int32Array;
  /** Shortest-path count per node, 0 when not reached. */
  readonly sigma: Float64Array;
  readonly delta: Float64Array;
  /** Nodes in the order reached (one spare slot, see topDownLevel). */
  readonly order: Int32Array;
  readonly predecessors: Int32Array;
  /** End of each node's predecessors in its row; the row start when it has none. */
  readonly predecessorEnd: Int32Array;
  /** Nodes not yet reached, listed when the first bottom-up level needs them. */
  readonly unvisited: Int32Array;
}

function sweepState(csr: Csr): SweepState {
  const n = csr.nodeCount;
  const { offsets, targets } = csr;
  const degree = new Int32Array(n);
  for (let v = 0; v < n; v++) degree[v] = (offsets[v + 1] as number) - (offsets[v] as number);
  return {
    offsets,
    targets,
    degree,
    dist: new Int32Array(n).fill(-1),
    sigma: new Float64Array(n),
    delta: new Float64Array(n),
    order: new Int32Array(n + 1),
    predecessors: new Int32Array(targets.length),
    predecessorEnd: offsets.slice(0, n),
    unvisited: new Int32Array(n),
  };
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

/**
 * BFS from s, level by level; fills dist, sigma, predecessors and order, and returns the
 * number of nodes reached. Each level goes top-down unless the frontier's ties outnumber
 * those of the nodes still unreached.
 */
function reach(state: SweepState, s: number): number {
  const { offsets, targets, degree, dist, sigma, order, predecessors, predecessorEnd, unvisited } =
    state;
  order[0] = s;
  dist[s] = 0;
  sigma[s] = 1;
  let head = 0;
  let tail = 1;
  let level = 0;
  let frontierDegree = degree[s] as number;
  let unreachedDegree = targets.length - frontierDegree;
  let listed = -1;
  while (head < tail) {
    const levelEnd = tail;
    if (frontierDegree <= unreachedDegree) {
      tail = topDownLevel(
        head,
        levelEnd,
        level + 1,
        offsets,
        targets,
        dist,
        sigma,
        order,
        predecessors,
        predecessorEnd,
      );
    } else {
      listed = listed < 0 ? listUnvisited(dist, unvisited) : keepUnvisited(listed, dist, unvisited);
      tail = bottomUpLevel(
        level,
        listed,
        tail,
        offsets,
        targets,
        dist,
        sigma,
        order,
        predecessors,
        predecessorEnd,
        unvisited,
      );
    }
    frontierDegree = degreeSum(levelEnd, tail, order, degree);
    unreachedDegree -= frontierDegree;
    head = levelEnd;
    level++;
  }
  return tail;
}

// The kernels below are written without branches on the data: a BFS's tests (new node?
// one level further?) go either way at random, and a mispredicted branch costs more than
// the few stores done unconditionally instead. Each kernel is one loop nest ending in a
// plain return, so V8 can optimise it mid-loop and keep using that code on later calls.
//
// The unconditional stores are safe because they stay inside the node's own row: a
// predecessor slot is written at the row's current end, and a node reached over a tie
// that is not a shortest-path step has fewer predecessors than neighbours. Multiplying
// path counts by 0 or 1 relies on them being finite, as they are below 2^1024 paths.

/** Expands nodes order[head..levelEnd) at level next − 1 over their ties; returns the new tail. */
function topDownLevel(
  head: number,
  levelEnd: number,
  next: number,
  offsets: Int32Array,
  targets: Int32Array,
  dist: Int32Array,
  sigma: Float64Array,
  order: Int32Array,
  predecessors: Int32Array,
  predecessorEnd: Int32Array,
): number {
  let tail = levelEnd;
  for (let i = head; i < levelEnd; i++) {
    const v = order[i] as number;
    const sv = sigma[v] as number;
    for (let e = offsets[v] as number, end = offsets[v + 1] as number; e < end; e++) {
      const w = targets[e] as number;
      const dw = dist[w] as number;
      const isNew = dw >>> 31;
      const apart = dw ^ next;
      // 1 when w is new or already one level further: v is then a predecessor of w.
      const follows = isNew | (((apart | -apart) >>> 31) ^ 1);
      dist[w] = dw + isNew * (next + 1);
      // Written every time and kept only for a new node; order has a spare slot at n.
      order[tail] = w;
      tail += isNew;
      sigma[w] = (sigma[w] as number) + follows * sv;
      const slot = predecessorEnd[w] as number;
      predecessors[slot] = v;
      predecessorEnd[w] = slot + follows;
    }
  }
  return tail;
}

/**
 * Gives every node in unvisited[0..count) with a neighbour at `level` the level after it,
 * the sum of those neighbours' path counts and those neighbours as predecessors; returns
 * the new tail. Nodes with none are left as they were.
 */
function bottomUpLevel(
  level: number,
  count: number,
  tail: number,
  offsets: Int32Array,
  targets: Int32Array,
  dist: Int32Array,
  sigma: Float64Array,
  order: Int32Array,
  predecessors: Int32Array,
  predecessorEnd: Int32Array,
  unvisited: Int32Array,
): number {
  for (let i = 0; i < count; i++) {
    const w = unvisited[i] as number;
    const first = offsets[w] as number;
    let paths = 0;
    let slot = first;
    for (let e = first, end = offsets[w + 1] as number; e < end; e++) {
      const u = targets[e] as number;
      const apart = (dist[u] as number) ^ level;
      const hit = ((apart | -apart) >>> 31) ^ 1;
      paths += hit * (sigma[u] as number);
      predecessors[slot] = u;
      slot += hit;
    }
    const found = (first - slot) >>> 31;
    dist[w] = found * (level + 2) - 1;
    sigma[w] = paths;
    predecessorEnd[w] = slot;
    order[tail] = w;
    tail += found;
  }
  return tail;
}

/** Lists the nodes not reached yet; returns their number. */
function listUnvisited(dist: Int32Array, unvisited: Int32Array): number {
  let count = 0;
  for (let w = 0; w < dist.length; w++) {
    unvisited[count] = w;
    count += (dist[w] as number) >>> 31;
  }
  return count;
}

/** Drops the nodes reached since the list was made; returns how many are left. */
function keepUnvisited(count: number, dist: Int32Array, unvisited: Int32Array): number {
  let kept = 0;
  for (let i = 0; i < count; i++) {
    const w = unvisited[i] as number;
    unvisited[kept] = w;
    kept += (dist[w] as number) >>> 31;
  }
  return kept;
}

function degreeSum(from: number, to: number, order: Int32Array, degree: Int32Array): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += degree[order[i] as number] as number;
  return sum;
}

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
