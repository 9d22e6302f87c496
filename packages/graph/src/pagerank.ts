import { csrFor, NODE_CHUNK, toRecord } from './csr';
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
 *
 * Each iteration is one pass over the ties: the sweep that computes a node's new rank
 * also divides it by the node's strength for the next sweep, and the dangling mass is
 * summed over a list of the dangling nodes in node order, so every sum is the one a
 * separate pass per step would take.
 */
export function pagerank(input: AnyGraph | Csr, options: PagerankOptions = {}): NodeMetric {
  const weight = options.weight === undefined ? 'weight' : options.weight;
  const { csr, weighted } = csrFor(input, weight, 'pagerank');
  const alpha = options.alpha ?? 0.85;
  const tolerance = options.tolerance ?? 1e-12;
  const maxIterations = options.maxIterations ?? 1000;
  const n = csr.nodeCount;
  if (n === 0) return {};
  const { offsets, targets } = csr;
  // Unweighted runs the weighted sweep with every weight 1: multiplying by 1 and summing
  // 1s are exact, so the ranks are the same, and one sweep serves both (V8 has it
  // optimised already when a weighted run came first, as in computeAllMetrics).
  const weights =
    weighted || allOnes(csr.weights) ? csr.weights : new Float64Array(targets.length).fill(1);
  const strength = new Float64Array(n);
  let share: Float64Array = new Float64Array(n);
  // Nodes without ties are dangling: their mass teleports, summed in node order.
  const danglingList = new Int32Array(n);
  let danglingCount = 0;
  for (let from = 0; from < n; from += NODE_CHUNK) {
    const to = Math.min(n, from + NODE_CHUNK);
    danglingCount = prepare(
      from,
      to,
      danglingCount,
      n,
      offsets,
      weights,
      strength,
      share,
      danglingList,
    );
  }
  const dangling = danglingList.subarray(0, danglingCount);
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  let nextShare: Float64Array = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const base = alpha * (massOf(dangling, x) / n) + (1 - alpha) / n;
    const change = sweep(
      n,
      offsets,
      targets,
      weights,
      strength,
      alpha,
      base,
      share,
      x,
      next,
      nextShare,
    );
    const ranks = next;
    next = x;
    x = ranks;
    const shares = nextShare;
    nextShare = share;
    share = shares;
    if (change < n * tolerance) return toRecord(csr, x);
  }
  throw new Error(`@brobygger/graph/pagerank: did not converge in ${maxIterations} iterations`);
}

// The loops live in small functions of their own: V8 optimises each after a few calls at
// little compile cost, where one large function is recompiled whole after every bailout.

function allOnes(weights: Float64Array): boolean {
  for (let e = 0; e < weights.length; e++) if (weights[e] !== 1) return false;
  return true;
}

/**
 * Fills the strength of nodes from..to and their first share, (1/n) / strength (0 when
 * dangling), and lists the dangling ones after the `listed` already found; returns the
 * number listed.
 */
function prepare(
  from: number,
  to: number,
  listed: number,
  n: number,
  offsets: Int32Array,
  weights: Float64Array,
  strength: Float64Array,
  share: Float64Array,
  dangling: Int32Array,
): number {
  const start = 1 / n;
  let count = listed;
  for (let v = from; v < to; v++) {
    let sum = 0;
    for (let e = offsets[v] as number, end = offsets[v + 1] as number; e < end; e++)
      sum += weights[e] as number;
    strength[v] = sum;
    share[v] = sum === 0 ? 0 : start / sum;
    dangling[count] = v;
    count += sum === 0 ? 1 : 0;
  }
  return count;
}

function massOf(nodes: Int32Array, x: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < nodes.length; i++) sum += x[nodes[i] as number] as number;
  return sum;
}

/**
 * One iteration: next[v] = alpha · Σ weight · share[neighbour] + base, and nextShare
 * from it. Returns the L1 change.
 */
function sweep(
  n: number,
  offsets: Int32Array,
  targets: Int32Array,
  weights: Float64Array,
  strength: Float64Array,
  alpha: number,
  base: number,
  share: Float64Array,
  x: Float64Array,
  next: Float64Array,
  nextShare: Float64Array,
): number {
  let change = 0;
  let start = offsets[0] as number;
  for (let v = 0; v < n; v++) {
    const end = offsets[v + 1] as number;
    let sum = 0;
    for (let e = start; e < end; e++)
      sum += (weights[e] as number) * (share[targets[e] as number] as number);
    start = end;
    const value = alpha * sum + base;
    next[v] = value;
    change += Math.abs(value - (x[v] as number));
    const s = strength[v] as number;
    // A conditional value, not a branch around the store: a path that a previous graph
    // never took has no type feedback, and V8 would drop the optimised sweep on reaching it.
    nextShare[v] = s === 0 ? 0 : value / s;
  }
  return change;
}
