import { csrFor, toRecord } from './csr';
import type { Csr } from './csr';
import { trianglesPerNode } from './triangles';
import type { AnyGraph, NodeMetric } from './types';

/**
 * Local clustering coefficient like networkx `clustering` (unweighted): the share of
 * pairs of a node's neighbours that are themselves tied, 2T / (k(k−1)); 0 below two neighbours.
 */
export function clustering(input: AnyGraph | Csr): NodeMetric {
  const { csr } = csrFor(input, null, 'clustering');
  const triangles = trianglesPerNode(csr);
  const result = new Float64Array(csr.nodeCount);
  for (let v = 0; v < csr.nodeCount; v++) {
    const k = (csr.offsets[v + 1] as number) - (csr.offsets[v] as number);
    result[v] = k < 2 ? 0 : (2 * (triangles[v] as number)) / (k * (k - 1));
  }
  return toRecord(csr, result);
}
