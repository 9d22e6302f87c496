import { csrFor } from './csr';
import type { Csr } from './csr';
import type { AnyGraph, NodeMetric } from './types';

/** Number of distinct neighbours of each node (parallel edges count once, self-loops not at all). */
export function degree(input: AnyGraph | Csr): NodeMetric {
  const { csr } = csrFor(input, null, 'degree');
  const result: NodeMetric = {};
  for (let i = 0; i < csr.nodeCount; i++) {
    result[csr.ids[i] as string] = (csr.offsets[i + 1] as number) - (csr.offsets[i] as number);
  }
  return result;
}

/** Options for {@link weightedDegree}. */
export interface WeightedDegreeOptions {
  /** Edge attribute holding the weight (missing counts as 1). Default `'weight'`. */
  weight?: string;
}

/** Sum of tie weights of each node (networkx `G.degree(weight=...)` without self-loops). */
export function weightedDegree(
  input: AnyGraph | Csr,
  options: WeightedDegreeOptions = {},
): NodeMetric {
  const { csr } = csrFor(input, options.weight ?? 'weight', 'weighted-degree');
  const result: NodeMetric = {};
  for (let i = 0; i < csr.nodeCount; i++) {
    let sum = 0;
    for (let s = csr.offsets[i] as number, end = csr.offsets[i + 1] as number; s < end; s++)
      sum += csr.weights[s] as number;
    result[csr.ids[i] as string] = sum;
  }
  return result;
}
