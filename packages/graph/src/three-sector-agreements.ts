import { SECTORS } from './types';
import type { AnyGraph } from './types';

/** Options for {@link threeSectorAgreements}. */
export interface ThreeSectorOptions {
  /** Count only agreements whose edges carry one of these `agreementStatus` values. Default: all. */
  statuses?: readonly string[];
}

/** How many agreements join all three sectors. */
export interface ThreeSectorAgreements {
  /** Distinct agreement ids found on edges. */
  agreements: number;
  /** Agreements whose parties cover BUSINESS, PUBLIC and CIVIL. */
  threeSector: number;
  /** threeSector / agreements; NaN when there are no agreements. */
  share: number;
}

/**
 * Share of three-sector agreements. An agreement is drawn as one edge per pair of its
 * parties, all carrying its `agreementId`; its parties are the ends of those edges, and it
 * is three-sector when their sectors include all three. Read from the graph's edges
 * (not the merged ties), since two parties can share several agreements.
 */
export function threeSectorAgreements(
  graph: AnyGraph,
  options: ThreeSectorOptions = {},
): ThreeSectorAgreements {
  const statuses = options.statuses === undefined ? null : new Set(options.statuses);
  // Bit per sector, OR-ed over the agreement's parties; 0b111 means all three.
  const coverage = new Map<string, number>();
  graph.forEachEdge((_edge, attributes: Record<string, unknown>, source, target) => {
    const id = attributes.agreementId;
    if (typeof id !== 'string' && typeof id !== 'number') return;
    if (statuses !== null && !statuses.has(attributes.agreementStatus as string)) return;
    let bits = coverage.get(String(id)) ?? 0;
    for (const end of [source, target]) {
      const sector = SECTORS.indexOf(
        graph.getNodeAttribute(end, 'sector') as (typeof SECTORS)[number],
      );
      if (sector >= 0) bits |= 1 << sector;
    }
    coverage.set(String(id), bits);
  });
  let threeSector = 0;
  for (const bits of coverage.values()) if (bits === 0b111) threeSector++;
  const agreements = coverage.size;
  return {
    agreements,
    threeSector,
    share: agreements === 0 ? Number.NaN : threeSector / agreements,
  };
}
