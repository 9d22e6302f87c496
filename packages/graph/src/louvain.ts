import { UndirectedGraph } from 'graphology';
import louvainMethod from 'graphology-communities-louvain';
import { csrFor } from './csr';
import type { Csr } from './csr';
import { seededRandom } from './rng';
import type { AnyGraph, NodeMetric } from './types';

/** Options for {@link louvainCommunities}. */
export interface LouvainOptions {
  /** Seed for the random visiting order; the same seed gives the same communities. Default 1. */
  seed?: number;
  /** Resolution γ (higher gives smaller communities). Default 1. */
  resolution?: number;
  /** Edge attribute holding the weight, or null for unweighted. Default `'weight'`, as in networkx. */
  weight?: string | null;
}

/** Communities found by Louvain. */
export interface LouvainResult {
  /** Community number per node id. */
  communities: NodeMetric;
  /** Number of communities. */
  count: number;
  /** Modularity of the partition found. */
  modularity: number;
}

/**
 * Louvain communities (graphology-communities-louvain) with a seeded random order, so a
 * given graph always gets the same communities. It runs on a simple graph rebuilt from
 * the CSR, so parallel edges count as one tie with their summed weight, as elsewhere here.
 */
export function louvainCommunities(
  input: AnyGraph | Csr,
  options: LouvainOptions = {},
): LouvainResult {
  const weight = options.weight === undefined ? 'weight' : options.weight;
  const { csr, weighted } = csrFor(input, weight, 'louvain');
  const simple = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (const id of csr.ids) simple.addNode(id);
  for (let u = 0; u < csr.nodeCount; u++) {
    for (let e = csr.offsets[u] as number, end = csr.offsets[u + 1] as number; e < end; e++) {
      const v = csr.targets[e] as number;
      if (v > u) simple.addEdge(csr.ids[u], csr.ids[v], { weight: csr.weights[e] as number });
    }
  }
  if (simple.size === 0) {
    // Louvain has nothing to merge; every node is its own community.
    const communities: NodeMetric = {};
    csr.ids.forEach((id, i) => (communities[id] = i));
    return { communities, count: csr.nodeCount, modularity: Number.NaN };
  }
  const detailed = louvainMethod.detailed(simple, {
    getEdgeWeight: weighted ? 'weight' : null,
    resolution: options.resolution ?? 1,
    rng: seededRandom(options.seed ?? 1),
  });
  return {
    communities: detailed.communities,
    count: detailed.count,
    modularity: detailed.modularity,
  };
}
