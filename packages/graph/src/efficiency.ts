import { csrFor, toRecord } from './csr';
import type { Csr } from './csr';
import { effectiveSizeArray } from './effective-size';
import type { EffectiveSizeOptions } from './effective-size';
import type { AnyGraph, NodeMetric } from './types';

/**
 * Burt's efficiency: effective size over the number of contacts, as the networkx docs
 * compute it (`effective_size(G)[v] / G.degree(v)`). 1 when no contacts are tied to each
 * other. NaN for isolated nodes.
 */
export function efficiency(input: AnyGraph | Csr, options: EffectiveSizeOptions = {}): NodeMetric {
  const { csr, weighted } = csrFor(input, options.weight ?? null, 'efficiency');
  const size = effectiveSizeArray(csr, weighted);
  for (let u = 0; u < csr.nodeCount; u++) {
    size[u] = (size[u] as number) / ((csr.offsets[u + 1] as number) - (csr.offsets[u] as number));
  }
  return toRecord(csr, size);
}
