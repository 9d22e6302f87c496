import { csrFor } from './csr';
import type { Csr } from './csr';
import type { AnyGraph } from './types';

/** Options for {@link modularity}. */
export interface ModularityOptions {
  /** Edge attribute holding the weight, or null for unweighted. Default `'weight'`, as in networkx. */
  weight?: string | null;
  /** Resolution γ. Default 1. */
  resolution?: number;
}

/**
 * Newman's modularity of a partition, like networkx `community.modularity`:
 * Q = Σ_c [ L_c / m − γ (D_c / 2m)² ], with L_c the (weighted) ties inside group c,
 * D_c the summed (weighted) degree of its nodes and m the total tie weight.
 * Any labelling works: a community per node, or the sector per node. NaN for a graph without ties.
 */
export function modularity(
  input: AnyGraph | Csr,
  partition: Readonly<Record<string, string | number>>,
  options: ModularityOptions = {},
): number {
  const weight = options.weight === undefined ? 'weight' : options.weight;
  const { csr, weighted } = csrFor(input, weight, 'modularity');
  const resolution = options.resolution ?? 1;
  const { offsets, targets, weights } = csr;
  const n = csr.nodeCount;

  const labelIndex = new Map<string | number, number>();
  const group = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    const label = partition[csr.ids[v] as string];
    if (label === undefined)
      throw new Error(
        `@brobygger/graph/modularity: node "${csr.ids[v]}" has no group in the partition`,
      );
    let g = labelIndex.get(label);
    if (g === undefined) {
      g = labelIndex.size;
      labelIndex.set(label, g);
    }
    group[v] = g;
  }
  const inside = new Float64Array(labelIndex.size);
  const degreeSum = new Float64Array(labelIndex.size);
  let total = 0;
  for (let v = 0; v < n; v++) {
    const g = group[v] as number;
    for (let e = offsets[v] as number, end = offsets[v + 1] as number; e < end; e++) {
      const w = weighted ? (weights[e] as number) : 1;
      degreeSum[g] = (degreeSum[g] as number) + w;
      total += w;
      // Each tie is seen from both ends, so inside ties are counted twice here and halved below.
      if (group[targets[e] as number] === g) inside[g] = (inside[g] as number) + w;
    }
  }
  if (total === 0) return Number.NaN;
  const m = total / 2;
  let q = 0;
  for (let g = 0; g < labelIndex.size; g++) {
    const share = (degreeSum[g] as number) / total;
    q += (inside[g] as number) / 2 / m - resolution * share * share;
  }
  return q;
}
