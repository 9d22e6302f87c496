import { brandesSweep } from './brandes-sweep';
import { csrFor, toRecord } from './csr';
import type { Csr } from './csr';
import type { AnyGraph, NodeMetric } from './types';

/**
 * Harmonic closeness like networkx `harmonic_centrality`: Σ 1/d(v, u) over the other
 * nodes u that v can reach (unreachable ones add 0), unnormalised. O(n·m) time.
 */
export function harmonicCloseness(input: AnyGraph | Csr): NodeMetric {
  const { csr } = csrFor(input, null, 'harmonic');
  const totals = brandesSweep(csr, null, { dependency: false, inverseDistance: true });
  return toRecord(csr, totals.inverseDistance as Float64Array);
}
