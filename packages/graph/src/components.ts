import { csrFor } from './csr';
import type { Csr } from './csr';
import type { AnyGraph, NodeMetric } from './types';

/** Connected components of a graph. */
export interface Components {
  /** Component number per node, 0 for the component of the first node, and so on. */
  component: NodeMetric;
  /** Number of components (an isolated node is one). */
  count: number;
  /** Size of each component, by component number. */
  sizes: number[];
}

/** Connected components by breadth-first search on the CSR. */
export function connectedComponents(input: AnyGraph | Csr): Components {
  const { csr } = csrFor(input, null, 'components');
  const n = csr.nodeCount;
  const { offsets, targets } = csr;
  const label = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  const component: NodeMetric = {};
  for (let start = 0; start < n; start++) {
    if ((label[start] as number) >= 0) continue;
    const c = sizes.length;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    label[start] = c;
    while (head < tail) {
      const v = queue[head++] as number;
      for (let e = offsets[v] as number, end = offsets[v + 1] as number; e < end; e++) {
        const w = targets[e] as number;
        if ((label[w] as number) < 0) {
          label[w] = c;
          queue[tail++] = w;
        }
      }
    }
    sizes.push(tail);
  }
  for (let v = 0; v < n; v++) component[csr.ids[v] as string] = label[v] as number;
  return { component, count: sizes.length, sizes };
}
