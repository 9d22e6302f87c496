import { csrFor, requireSectors } from './csr';
import type { Csr } from './csr';
import { SECTORS } from './types';
import type { AnyGraph, Sector } from './types';

/** Ties between each pair of sectors; symmetric, each distinct tie counted once. */
export type MixingMatrix = Record<Sector, Record<Sector, number>>;

/**
 * The sector-by-sector mixing matrix: `matrix[a][b]` is the number of ties between a node
 * in sector a and one in sector b (the diagonal holds ties inside a sector). Symmetric,
 * so a BUSINESS–CIVIL tie appears in both `[BUSINESS][CIVIL]` and `[CIVIL][BUSINESS]`
 * but is one tie.
 */
export function mixingMatrix(input: AnyGraph | Csr): MixingMatrix {
  const { csr } = csrFor(input, null, 'mixing-matrix');
  requireSectors(csr, 'mixing-matrix');
  const { offsets, targets, sectors } = csr;
  const cells = new Float64Array(9);
  for (let u = 0; u < csr.nodeCount; u++) {
    for (let s = offsets[u] as number, end = offsets[u + 1] as number; s < end; s++) {
      const v = targets[s] as number;
      // Visit each tie from its lower end only.
      if (v > u) {
        const a = sectors[u] as number;
        const b = sectors[v] as number;
        cells[a * 3 + b] = (cells[a * 3 + b] as number) + 1;
        if (a !== b) cells[b * 3 + a] = (cells[b * 3 + a] as number) + 1;
      }
    }
  }
  const matrix = {} as MixingMatrix;
  SECTORS.forEach((row, a) => {
    const entries = {} as Record<Sector, number>;
    SECTORS.forEach((column, b) => {
      entries[column] = cells[a * 3 + b] as number;
    });
    matrix[row] = entries;
  });
  return matrix;
}
