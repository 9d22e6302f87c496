import { csrFor, toRecord } from './csr';
import type { Csr } from './csr';
import type { AnyGraph, NodeMetric } from './types';

/** Options for {@link twoStepReach}. */
export interface TwoStepReachOptions {
  /** Divide by the n − 1 other nodes, giving a share in [0, 1]. Default false. */
  normalized?: boolean;
}

/**
 * 2-step reach: how many distinct other nodes a node reaches in one or two steps —
 * the people a warm introduction can get to. A stamp array marks what is already
 * counted, so no set is built per node.
 */
export function twoStepReach(input: AnyGraph | Csr, options: TwoStepReachOptions = {}): NodeMetric {
  const { csr } = csrFor(input, null, 'two-step-reach');
  const n = csr.nodeCount;
  const { offsets, targets } = csr;
  const stamp = new Int32Array(n).fill(-1);
  const result = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    stamp[u] = u;
    let reached = 0;
    for (let e = offsets[u] as number, end = offsets[u + 1] as number; e < end; e++) {
      const v = targets[e] as number;
      if (stamp[v] !== u) {
        stamp[v] = u;
        reached++;
      }
      for (let f = offsets[v] as number, fEnd = offsets[v + 1] as number; f < fEnd; f++) {
        const w = targets[f] as number;
        if (stamp[w] !== u) {
          stamp[w] = u;
          reached++;
        }
      }
    }
    result[u] = options.normalized ? (n > 1 ? reached / (n - 1) : 0) : reached;
  }
  return toRecord(csr, result);
}
