import { csrFor, toRecord } from './csr';
import type { Csr } from './csr';
import { tieMaxShares, tieShares } from './tie-shares';
import { forEachTriangle, trianglesPerNode } from './triangles';
import type { AnyGraph, NodeMetric } from './types';

/** Options for {@link effectiveSize} and {@link efficiency}. */
export interface EffectiveSizeOptions {
  /** Edge attribute holding the weight, or null (default, as in networkx) for unweighted. */
  weight?: string | null;
}

/** Effective size per node index; shared with efficiency. */
export function effectiveSizeArray(csr: Csr, weighted: boolean): Float64Array {
  const n = csr.nodeCount;
  const result = new Float64Array(n);
  if (!weighted) {
    // Borgatti's shortcut, which networkx uses when unweighted: n − 2t/n.
    const triangles = trianglesPerNode(csr);
    for (let u = 0; u < n; u++) {
      const k = (csr.offsets[u + 1] as number) - (csr.offsets[u] as number);
      result[u] = k === 0 ? Number.NaN : k - (2 * (triangles[u] as number)) / k;
    }
    return result;
  }
  const p = tieShares(csr, true);
  const m = tieMaxShares(csr, true);
  const reverse = csr.reverse;
  const redundancy = new Float64Array(p.length);
  forEachTriangle(csr, (_u, _v, _w, uv, vw, uw) => {
    const vu = reverse[uv] as number;
    const wv = reverse[vw] as number;
    const wu = reverse[uw] as number;
    // redundancy[a→b] += p[a→c] · m[b→c] for each ordering of the triangle.
    redundancy[uv] = (redundancy[uv] as number) + (p[uw] as number) * (m[vw] as number);
    redundancy[vu] = (redundancy[vu] as number) + (p[vw] as number) * (m[uw] as number);
    redundancy[uw] = (redundancy[uw] as number) + (p[uv] as number) * (m[wv] as number);
    redundancy[wu] = (redundancy[wu] as number) + (p[wv] as number) * (m[uv] as number);
    redundancy[vw] = (redundancy[vw] as number) + (p[vu] as number) * (m[wu] as number);
    redundancy[wv] = (redundancy[wv] as number) + (p[wu] as number) * (m[vu] as number);
  });
  for (let u = 0; u < n; u++) {
    const start = csr.offsets[u] as number;
    const end = csr.offsets[u + 1] as number;
    let sum = 0;
    for (let e = start; e < end; e++) sum += 1 - (redundancy[e] as number);
    result[u] = start === end ? Number.NaN : sum;
  }
  return result;
}

/**
 * Burt's effective size, exactly as networkx `effective_size` on an undirected graph:
 * e(u) = Σ_{v ∈ N(u)} (1 − Σ_w p_uw m_vw) — the number of contacts less their redundancy.
 * Unweighted this is Borgatti's n − 2t/n (t = ties among the n contacts). NaN for isolated nodes.
 */
export function effectiveSize(
  input: AnyGraph | Csr,
  options: EffectiveSizeOptions = {},
): NodeMetric {
  const { csr, weighted } = csrFor(input, options.weight ?? null, 'effective-size');
  return toRecord(csr, effectiveSizeArray(csr, weighted));
}
