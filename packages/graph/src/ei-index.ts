import { csrFor, requireSectors } from './csr';
import type { Csr } from './csr';
import { SECTORS } from './types';
import type { AnyGraph, NodeMetric, Sector } from './types';

/** Krackhardt's E-I index at three levels. */
export interface EiIndex {
  /** Per node: its ties to other sectors (E) against ties within its own (I). NaN when isolated. */
  byNode: NodeMetric;
  /** Per sector: ties leaving the sector against ties inside it. NaN when the sector has no ties. */
  bySector: Record<Sector, number>;
  /** Whole graph: cross-sector ties against within-sector ties. NaN without ties. */
  overall: number;
}

function ratio(external: number, internal: number): number {
  const total = external + internal;
  return total === 0 ? Number.NaN : (external - internal) / total;
}

/**
 * Krackhardt & Stern's E-I index, (E − I) / (E + I), with the sector as the group: +1 when
 * every tie crosses sectors, −1 when none does. Each distinct tie counts once.
 */
export function eiIndex(input: AnyGraph | Csr): EiIndex {
  const { csr } = csrFor(input, null, 'ei-index');
  requireSectors(csr, 'ei-index');
  const { offsets, targets, sectors } = csr;
  const byNode: NodeMetric = {};
  const sectorExternal = [0, 0, 0];
  const sectorInternal = [0, 0, 0];
  let external = 0;
  let internal = 0;
  for (let u = 0; u < csr.nodeCount; u++) {
    const g = sectors[u] as number;
    let e = 0;
    let i = 0;
    for (let s = offsets[u] as number, end = offsets[u + 1] as number; s < end; s++) {
      if (sectors[targets[s] as number] === g) i++;
      else e++;
    }
    byNode[csr.ids[u] as string] = ratio(e, i);
    // Seen from both ends: a crossing tie counts once for each of its two sectors, an inside tie twice for one.
    sectorExternal[g] = (sectorExternal[g] as number) + e;
    sectorInternal[g] = (sectorInternal[g] as number) + i / 2;
    external += e / 2;
    internal += i / 2;
  }
  const bySector = {} as Record<Sector, number>;
  SECTORS.forEach((sector, g) => {
    bySector[sector] = ratio(sectorExternal[g] as number, sectorInternal[g] as number);
  });
  return { byNode, bySector, overall: ratio(external, internal) };
}
