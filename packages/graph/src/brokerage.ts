import { csrFor, requireSectors } from './csr';
import type { Csr } from './csr';
import { forEachTriangle } from './triangles';
import type { AnyGraph } from './types';

/** How often a node holds each Gould–Fernandez brokerage position between two unlinked contacts. */
export interface BrokerageCounts {
  /** a, broker, c all in one sector. */
  coordinator: number;
  /** a and c share a sector, the broker is from another (Gould–Fernandez "itinerant" or consultant). */
  itinerant: number;
  /** a and c differ and the broker shares one's sector: gatekeeper and representative at once on an undirected tie. */
  gatekeeperRepresentative: number;
  /** a, broker, c in three different sectors. */
  liaison: number;
  /** All open pairs the node sits between: the sum of the four roles. */
  total: number;
}

/** Brokerage roles per node and summed over the graph. */
export interface Brokerage {
  /** Role counts per node id. */
  byNode: Record<string, BrokerageCounts>;
  /** Role counts summed over all nodes. */
  totals: BrokerageCounts;
}

/** The four roles in the order of the flat counts array. */
const ROLE_COUNT = 4;
const COORDINATOR = 0;
const ITINERANT = 1;
const GATEKEEPER_REPRESENTATIVE = 2;
const LIAISON = 3;

/** Unordered pairs among k contacts. */
function pairs(k: number): number {
  return k < 2 ? 0 : (k * (k - 1)) / 2;
}

function roleOf(broker: number, a: number, c: number): number {
  if (a === c) return broker === a ? COORDINATOR : ITINERANT;
  return broker === a || broker === c ? GATEKEEPER_REPRESENTATIVE : LIAISON;
}

/**
 * Gould–Fernandez (1989) brokerage roles with the sector as the group, for undirected
 * ties. Each open triad a – b – c (a and c not tied) is one brokerage opportunity for b,
 * counted once per unordered pair {a, c}. Without direction, the gatekeeper (b shares the
 * receiver's group) and the representative (b shares the sender's group) are the same
 * triad read both ways, so they are one combined role. Doubling every count gives what
 * UCINET or statnet `brokerage` report on the symmetrised graph (where gatekeeper =
 * representative = our combined count).
 *
 * All neighbour pairs are counted from the number of contacts per sector, then the
 * closed pairs are taken off per triangle, so a hub costs O(m^1.5) overall, not O(k²).
 */
export function brokerage(input: AnyGraph | Csr): Brokerage {
  const { csr } = csrFor(input, null, 'brokerage');
  requireSectors(csr, 'brokerage');
  const n = csr.nodeCount;
  const { offsets, targets, sectors } = csr;
  const counts = new Float64Array(n * ROLE_COUNT);
  for (let b = 0; b < n; b++) {
    const bySector = [0, 0, 0];
    for (let e = offsets[b] as number, end = offsets[b + 1] as number; e < end; e++) {
      const h = sectors[targets[e] as number] as number;
      bySector[h] = (bySector[h] as number) + 1;
    }
    const g = sectors[b] as number;
    const same = bySector[g] as number;
    const h1 = bySector[(g + 1) % 3] as number;
    const h2 = bySector[(g + 2) % 3] as number;
    const base = b * ROLE_COUNT;
    counts[base + COORDINATOR] = pairs(same);
    counts[base + ITINERANT] = pairs(h1) + pairs(h2);
    counts[base + GATEKEEPER_REPRESENTATIVE] = same * (h1 + h2);
    counts[base + LIAISON] = h1 * h2;
  }
  forEachTriangle(csr, (u, v, w) => {
    const su = sectors[u] as number;
    const sv = sectors[v] as number;
    const sw = sectors[w] as number;
    const cu = u * ROLE_COUNT + roleOf(su, sv, sw);
    const cv = v * ROLE_COUNT + roleOf(sv, su, sw);
    const cw = w * ROLE_COUNT + roleOf(sw, su, sv);
    counts[cu] = (counts[cu] as number) - 1;
    counts[cv] = (counts[cv] as number) - 1;
    counts[cw] = (counts[cw] as number) - 1;
  });

  const byNode: Record<string, BrokerageCounts> = {};
  const totals: BrokerageCounts = {
    coordinator: 0,
    itinerant: 0,
    gatekeeperRepresentative: 0,
    liaison: 0,
    total: 0,
  };
  for (let b = 0; b < n; b++) {
    const base = b * ROLE_COUNT;
    const entry: BrokerageCounts = {
      coordinator: counts[base + COORDINATOR] as number,
      itinerant: counts[base + ITINERANT] as number,
      gatekeeperRepresentative: counts[base + GATEKEEPER_REPRESENTATIVE] as number,
      liaison: counts[base + LIAISON] as number,
      total: 0,
    };
    entry.total =
      entry.coordinator + entry.itinerant + entry.gatekeeperRepresentative + entry.liaison;
    byNode[csr.ids[b] as string] = entry;
    totals.coordinator += entry.coordinator;
    totals.itinerant += entry.itinerant;
    totals.gatekeeperRepresentative += entry.gatekeeperRepresentative;
    totals.liaison += entry.liaison;
    totals.total += entry.total;
  }
  return { byNode, totals };
}

/** A node's most frequent brokerage role, for colouring; null when it brokers no open pair. */
export type BrokerageRole = 'coordinator' | 'itinerant' | 'gatekeeperRepresentative' | 'liaison';

/**
 * The role a node holds most often. Ties go to the role that spans more sectors
 * (liaison, then gatekeeper/representative, itinerant, coordinator), since crossing
 * sectors is what the product looks for.
 */
export function dominantBrokerageRole(counts: BrokerageCounts): BrokerageRole | null {
  const order: BrokerageRole[] = [
    'liaison',
    'gatekeeperRepresentative',
    'itinerant',
    'coordinator',
  ];
  let best: BrokerageRole | null = null;
  let bestCount = 0;
  for (const role of order) {
    if (counts[role] > bestCount) {
      best = role;
      bestCount = counts[role];
    }
  }
  return best;
}
