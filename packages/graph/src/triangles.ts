import { NODE_CHUNK } from './csr';
import type { Csr } from './csr';

/**
 * Called once per triangle {u, v, w} with the CSR slots of u→v, v→w and u→w (the
 * opposite directions are `csr.reverse[slot]`).
 */
export type TriangleVisitor = (
  u: number,
  v: number,
  w: number,
  uv: number,
  vw: number,
  uw: number,
) => void;

/**
 * Each tie kept once, at its lower-ranked end, where ranks order nodes by (degree,
 * index): node u's forward slots are `slots[starts[u] .. starts[u + 1])`, CSR slots
 * whose target outranks u, in CSR order.
 */
export interface ForwardTies {
  readonly starts: Int32Array;
  readonly slots: Int32Array;
}

/**
 * Orients every tie from the lower to the higher (degree, index) rank. Comparing the two
 * ends' degrees, and their indices on a tie, orders them as sorting all nodes by rank
 * would, without the sort. Every tie is forward at exactly one end, so there are
 * `edgeCount` forward slots.
 */
export function forwardTies(csr: Csr): ForwardTies {
  const n = csr.nodeCount;
  const starts = new Int32Array(n + 1);
  starts[n] = csr.edgeCount;
  // One spare slot: each slot is written before it is known to be forward.
  const slots = new Int32Array(csr.edgeCount + 1);
  for (let from = 0, k = 0; from < n; from += NODE_CHUNK)
    k = fillForward(
      from,
      Math.min(n, from + NODE_CHUNK),
      k,
      csr.offsets,
      csr.targets,
      starts,
      slots,
    );
  return { starts, slots: slots.subarray(0, csr.edgeCount) };
}

/** Fills the forward slots of nodes from..to, starting at slot `first`; returns the next slot. */
function fillForward(
  from: number,
  to: number,
  first: number,
  offsets: Int32Array,
  targets: Int32Array,
  starts: Int32Array,
  slots: Int32Array,
): number {
  let k = first;
  for (let u = from; u < to; u++) {
    starts[u] = k;
    const start = offsets[u] as number;
    const end = offsets[u + 1] as number;
    const degree = end - start;
    for (let e = start; e < end; e++) {
      const t = targets[e] as number;
      const other = (offsets[t + 1] as number) - (offsets[t] as number);
      // Branch-free (degree, index) comparison: whether a tie points forward is a coin
      // toss to the branch predictor.
      const higher = (degree - other) >>> 31;
      const apart = degree ^ other;
      const same = ((apart | -apart) >>> 31) ^ 1;
      slots[k] = e;
      k += higher | (same & ((u - t) >>> 31));
    }
  }
  return k;
}

/**
 * Visits every triangle once, by the "forward" algorithm (Schank & Wagner 2005): ties
 * are oriented from lower to higher (degree, index) rank and each node intersects only
 * its forward lists. O(m^1.5) time, so a hub with thousands of members costs no more
 * than its ties — the reason constraint, effective size, clustering and brokerage run in
 * near-linear passes instead of looping over all neighbour pairs.
 */
export function forEachTriangle(csr: Csr, visit: TriangleVisitor): void {
  const n = csr.nodeCount;
  const targets = csr.targets;
  const { starts, slots } = forwardTies(csr);
  // mark[w] = slot u→w + 1 while u is being processed.
  const mark = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    const start = starts[u] as number;
    const end = starts[u + 1] as number;
    for (let i = start; i < end; i++) {
      const slot = slots[i] as number;
      mark[targets[slot] as number] = slot + 1;
    }
    for (let i = start; i < end; i++) {
      const uv = slots[i] as number;
      const v = targets[uv] as number;
      for (let j = starts[v] as number, jEnd = starts[v + 1] as number; j < jEnd; j++) {
        const vw = slots[j] as number;
        const w = targets[vw] as number;
        const marked = mark[w] as number;
        if (marked !== 0) visit(u, v, w, uv, vw, marked - 1);
      }
    }
    for (let i = start; i < end; i++) mark[targets[slots[i] as number] as number] = 0;
  }
}

/** Number of triangles through each node (ties among its neighbours). */
export function trianglesPerNode(csr: Csr): Float64Array {
  const count = new Float64Array(csr.nodeCount);
  forEachTriangle(csr, (u, v, w) => {
    count[u] = (count[u] as number) + 1;
    count[v] = (count[v] as number) + 1;
    count[w] = (count[w] as number) + 1;
  });
  return count;
}
