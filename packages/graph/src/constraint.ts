import { csrFor, toRecord } from './csr';
import type { Csr } from './csr';
import { tieShares } from './tie-shares';
import { forEachTriangle } from './triangles';
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
  const p = tieShares(csr, weighted);
  const reverse = csr.reverse;
  const indirect = new Float64Array(p.length);
  forEachTriangle(csr, (_u, _v, _w, uv, vw, uw) => {
    const vu = reverse[uv] as number;
    const wv = reverse[vw] as number;
    const wu = reverse[uw] as number;
    // indirect[a→b] += p[a→c] · p[c→b] for each ordering of the triangle.
    indirect[uv] = (indirect[uv] as number) + (p[uw] as number) * (p[wv] as number);
    indirect[vu] = (indirect[vu] as number) + (p[vw] as number) * (p[wu] as number);
    indirect[uw] = (indirect[uw] as number) + (p[uv] as number) * (p[vw] as number);
    indirect[wu] = (indirect[wu] as number) + (p[wv] as number) * (p[vu] as number);
    indirect[vw] = (indirect[vw] as number) + (p[vu] as number) * (p[uw] as number);
    indirect[wv] = (indirect[wv] as number) + (p[wu] as number) * (p[uv] as number);
  });
  const result = new Float64Array(csr.nodeCount);
  for (let u = 0; u < csr.nodeCount; u++) {
    const start = csr.offsets[u] as number;
    const end = csr.offsets[u + 1] as number;
    if (start === end) {
      result[u] = Number.NaN;
      continue;
    }
    let sum = 0;
    for (let e = start; e < end; e++) {
      const local = (p[e] as number) + (indirect[e] as number);
      sum += local * local;
    }
    result[u] = sum;
  }
  return toRecord(csr, result);
}
