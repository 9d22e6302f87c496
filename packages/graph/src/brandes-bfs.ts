/**
 * The forward half of a Brandes sweep: the typed-array working state and the
 * direction-optimising BFS from one source that fills in distances, path counts,
 * predecessors and the order nodes were reached in.
 */
import type { Csr } from './csr';

/** Working arrays of one sweep; between sources every entry is back to its initial value. */
export interface SweepState {
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

export function sweepState(csr: Csr): SweepState {
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

/**
 * BFS from s, level by level; fills dist, sigma, predecessors and order, and returns the
 * number of nodes reached. Each level goes top-down unless the frontier's ties outnumber
 * those of the nodes still unreached.
 */
export function reach(state: SweepState, s: number): number {
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
