import { csrFor, requireSectors, toRecord } from './csr';
import type { Csr } from './csr';
import type { AnyGraph, NodeMetric } from './types';

/** Share of each node's distinct ties that reach another sector, in [0, 1]; NaN when isolated. */
export function crossSectorShare(input: AnyGraph | Csr): NodeMetric {
  const { csr } = csrFor(input, null, 'cross-sector-share');
  requireSectors(csr, 'cross-sector-share');
  const { offsets, targets, sectors } = csr;
  const result = new Float64Array(csr.nodeCount);
  for (let u = 0; u < csr.nodeCount; u++) {
    const start = offsets[u] as number;
    const end = offsets[u + 1] as number;
    let crossing = 0;
    for (let s = start; s < end; s++) if (sectors[targets[s] as number] !== sectors[u]) crossing++;
    result[u] = start === end ? Number.NaN : crossing / (end - start);
  }
  return toRecord(csr, result);
}
