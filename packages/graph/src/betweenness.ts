import { brandesSweep } from './brandes-sweep';
import { csrFor, toRecord } from './csr';
import type { Csr } from './csr';
import { normaliseBetweenness } from './sweep-scaling';
import type { AnyGraph, NodeMetric } from './types';

/**
 * Exact betweenness centrality, unweighted and normalised like networkx
 * `betweenness_centrality(G, normalized=True)`: the share of shortest paths between
 * other pairs that pass through the node, divided by (n−1)(n−2). O(n·m) time.
 */
export function betweenness(input: AnyGraph | Csr): NodeMetric {
  const { csr } = csrFor(input, null, 'betweenness');
  const totals = brandesSweep(csr, null, { dependency: true, inverseDistance: false });
  return toRecord(csr, normaliseBetweenness(csr, totals));
}
