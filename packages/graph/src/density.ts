import { csrFor } from './csr';
import type { Csr } from './csr';
import type { AnyGraph } from './types';

/** Share of possible ties that exist, 2m / (n(n−1)), counting distinct ties; 0 below two nodes (as networkx). */
export function density(input: AnyGraph | Csr): number {
  const { csr } = csrFor(input, null, 'density');
  const n = csr.nodeCount;
  return n < 2 ? 0 : (2 * csr.edgeCount) / (n * (n - 1));
}
