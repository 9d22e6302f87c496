import { csrFor, NODE_CHUNK, toRecord } from './csr';
import type { Csr } from './csr';
import { tieShares } from './tie-shares';
import { forwardTies } from './triangles';
import type { AnyGraph, NodeMetric } from './types';

/** Options for {@link constraint}. */
export interface ConstraintOptions {
  /** Edge attribute holding the weight, or null (default, as in networkx) for unweighted. */
  weight?: string | null;
}

/**
 * Burt's constraint, exactly as networkx `constraint` on an undirected graph:
 * c(u) = Σ_{v ∈ N(u)} (p_uv + Σ_w p_uw p_wv)², where p_uv is v's share of u's tie weight.
 * High constraint means u's contacts are tied to each other: few structural holes.
 * The indirect term is non-zero only through common neighbours w, so it is summed per
 * triangle (O(m^1.5)) rather than per neighbour pair. NaN for isolated nodes.
 */
export function constraint(input: AnyGraph | Csr, options: ConstraintOptions = {}): NodeMetric {
  const { csr, weighted } = csrFor(input, options.weight ?? null, 'constraint');
  const n = csr.nodeCount;
  const p = tieShares(csr, weighted);
  const indirect = new Float64Array(p.length);
  const { starts, slots } = forwardTies(csr);
  const mark = new Int32Array(n);
  for (let from = 0; from < n; from += NODE_CHUNK) {
    const to = Math.min(n, from + NODE_CHUNK);
    addIndirect(from, to, csr.targets, csr.reverse, starts, slots, p, indirect, mark);
  }
  const result = new Float64Array(n);
  for (let from = 0; from < n; from += NODE_CHUNK)
    sumOfSquares(from, Math.min(n, from + NODE_CHUNK), csr.offsets, p, indirect, result);
  return toRecord(csr, result);
}

/**
 * indirect[a→b] += p[a→c] · p[c→b] for each ordering of every triangle {a, b, c}. The
 * triangles are those of `forEachTriangle`, in the same order, enumerated here inline:
 * a call per triangle through a closure costs more than the sums it does.
 */
function addIndirect(
  from: number,
  to: number,
  targets: Int32Array,
  reverse: Int32Array,
  starts: Int32Array,
  slots: Int32Array,
  p: Float64Array,
  indirect: Float64Array,
  mark: Int32Array,
): void {
  // mark[w] = slot u→w + 1 while u is being processed.
  for (let u = from; u < to; u++) {
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
        const marked = mark[targets[vw] as number] as number;
        if (marked === 0) continue;
        const uw = marked - 1;
        const vu = reverse[uv] as number;
        const wv = reverse[vw] as number;
        const wu = reverse[uw] as number;
        const pUv = p[uv] as number;
        const pVu = p[vu] as number;
        const pVw = p[vw] as number;
        const pWv = p[wv] as number;
        const pUw = p[uw] as number;
        const pWu = p[wu] as number;
        indirect[uv] = (indirect[uv] as number) + pUw * pWv;
        indirect[vu] = (indirect[vu] as number) + pVw * pWu;
        indirect[uw] = (indirect[uw] as number) + pUv * pVw;
        indirect[wu] = (indirect[wu] as number) + pWv * pVu;
        indirect[vw] = (indirect[vw] as number) + pVu * pUw;
        indirect[wv] = (indirect[wv] as number) + pWu * pUv;
      }
    }
    for (let i = start; i < end; i++) mark[targets[slots[i] as number] as number] = 0;
  }
}

/** c(u) = Σ over u's slots of (p + indirect)²; NaN without ties. */
function sumOfSquares(
  from: number,
  to: number,
  offsets: Int32Array,
  p: Float64Array,
  indirect: Float64Array,
  result: Float64Array,
): void {
  for (let u = from; u < to; u++) {
    const start = offsets[u] as number;
    const end = offsets[u + 1] as number;
    let sum = 0;
    for (let e = start; e < end; e++) {
      const local = (p[e] as number) + (indirect[e] as number);
      sum += local * local;
    }
    result[u] = start === end ? Number.NaN : sum;
  }
}
