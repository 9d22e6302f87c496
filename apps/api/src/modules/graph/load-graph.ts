import { sql, type SQL } from 'drizzle-orm';
import { selectRows, type Db } from '@brobygger/db';
import {
  SECTORS,
  type AgreementStatus,
  type ParticipantStatus,
  type Sector,
} from '@brobygger/domain';
import type { GraphData, GraphEdgeData, GraphNodeData } from './graph-types';

const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : null);

interface PersonFacts {
  id: string;
  name: string;
  sector: Sector;
  since: string | null;
  organizationId: string | null;
  /** 0/1 on SQLite, false/true on PostgreSQL: tested for truth only. */
  isParticipant: number | boolean;
  shareForResearch: number | boolean | null;
  status: ParticipantStatus | null;
}

/** Which part of the graph to read: all of it, or one network's members and the ties among them. */
export interface GraphScope {
  networkId?: string;
}

/**
 * Reads the collaboration graph with a handful of column-only queries (no ORM objects, no
 * per-row lookups): it is the largest read the API makes. Scoped to a network, every query is
 * narrowed in SQL to that network's members, so a network's graph costs what the network
 * weighs, not what the region does.
 */
export async function loadGraph(db: Db, scope: GraphScope = {}): Promise<GraphData> {
  const all = <T>(query: SQL) => selectRows<T>(db, query);
  const network = scope.networkId;
  // A network's members, read from the (network, member) indexes; connections join only people.
  const personMembers = sql`(SELECT person_id FROM network_members WHERE network_id = ${network} AND person_id IS NOT NULL)`;
  const orgMembers = sql`(SELECT organization_id FROM network_members WHERE network_id = ${network} AND organization_id IS NOT NULL)`;
  const scoped = (condition: SQL) => (network ? sql`WHERE ${condition}` : sql``);
  // Archived records are out of the graph for everyone; their ties go with them (an edge needs both ends).
  const inUse = (condition: SQL) => (network ? sql`WHERE archived_at IS NULL AND ${condition}` : sql`WHERE archived_at IS NULL`);
  const [orgs, people, networks, members, connections, parties] = await Promise.all([
    all<{ id: string; name: string; sector: Sector }>(
      sql`SELECT id, name, sector FROM organizations ${inUse(sql`id IN ${orgMembers}`)}`,
    ),
    all<PersonFacts>(sql`
      SELECT p.id, p.name, p.sector, p.since, p.organization_id AS "organizationId",
             p.is_participant AS "isParticipant", pp.share_for_research AS "shareForResearch",
             pp.status
      FROM people p LEFT JOIN participant_profiles pp ON pp.person_id = p.id
      WHERE p.archived_at IS NULL ${network ? sql`AND p.id IN ${personMembers}` : sql``}`),
    all<{ id: string; name: string; startedOn: string | null }>(
      sql`SELECT id, name, started_on AS "startedOn" FROM networks ${inUse(sql`id = ${network}`)}`,
    ),
    all<{
      id: string;
      networkId: string;
      memberId: string;
      joinedOn: string | null;
      leftOn: string | null;
    }>(sql`
      SELECT id, network_id AS "networkId", coalesce(person_id, organization_id) AS "memberId",
             joined_on AS "joinedOn", left_on AS "leftOn"
      FROM network_members ${scoped(sql`network_id = ${network}`)}`),
    all<{ id: string; a: string; b: string; strength: number; since: string | null; until: string | null }>(
      network
        ? // Walks each member's own ties (by index) instead of testing every tie in the region.
          sql`
            SELECT c.id, c.person_a_id AS a, c.person_b_id AS b, c.strength, c.since, c.until
            FROM (SELECT DISTINCT person_id FROM network_members WHERE network_id = ${network} AND person_id IS NOT NULL) m
            CROSS JOIN connections c
            WHERE c.person_a_id = m.person_id AND c.person_b_id IN ${personMembers}`
        : sql`SELECT id, person_a_id AS a, person_b_id AS b, strength, since, until FROM connections`,
    ),
    all<{
      agreementId: string;
      partyId: string;
      status: AgreementStatus;
      since: string | null;
      until: string | null;
      sector: Sector | null;
    }>(sql`
      SELECT ap.agreement_id AS "agreementId", coalesce(ap.person_id, ap.organization_id) AS "partyId",
             coalesce(pp.sector, po.sector) AS sector, a.status, coalesce(a.start_date, a.proposed_at, a.created_at) AS since,
             CASE WHEN a.status IN ('COMPLETED', 'TERMINATED') THEN coalesce(a.closed_at, a.end_date) ELSE a.end_date END AS until
      FROM agreement_parties ap JOIN agreements a ON a.id = ap.agreement_id
      LEFT JOIN people pp ON pp.id = ap.person_id
      LEFT JOIN organizations po ON po.id = ap.organization_id
      ${scoped(sql`ap.agreement_id IN (
        SELECT agreement_id FROM (
          SELECT agreement_id, person_id AS party FROM agreement_parties WHERE person_id IN ${personMembers}
          UNION ALL
          SELECT agreement_id, organization_id FROM agreement_parties WHERE organization_id IN ${orgMembers}) AS member_parties
        -- An agreement draws an edge only between two members; with one, it is outside the view.
        GROUP BY agreement_id HAVING count(DISTINCT party) > 1)`)}
      ORDER BY ap.agreement_id, ap.id`),
  ]);

  const sectorOf = new Map<string, Sector>();
  const nodes: GraphNodeData[] = [];
  for (const org of orgs) {
    sectorOf.set(org.id, org.sector);
    nodes.push({ id: org.id, label: org.name, kind: 'ORGANIZATION', sector: org.sector, since: null });
  }
  for (const person of people) {
    sectorOf.set(person.id, person.sector);
    nodes.push({
      id: person.id,
      label: person.name,
      kind: person.isParticipant ? 'PARTICIPANT' : 'PERSON',
      sector: person.sector,
      since: day(person.since),
      shareForResearch: person.isParticipant ? Boolean(person.shareForResearch) : undefined,
      participantStatus: person.isParticipant ? (person.status ?? 'OUTSIDE_WORK') : undefined,
    });
  }
  // A network hub takes the sector most of its members have (ties: BUSINESS, PUBLIC, CIVIL).
  const memberSectors = new Map<string, number[]>();
  for (const m of members) {
    const counts = memberSectors.get(m.networkId) ?? [0, 0, 0];
    const sector = sectorOf.get(m.memberId);
    if (sector) counts[SECTORS.indexOf(sector)]! += 1;
    memberSectors.set(m.networkId, counts);
  }
  for (const network of networks) {
    const counts = memberSectors.get(network.id) ?? [0, 0, 0];
    const sector = SECTORS[counts.indexOf(Math.max(...counts))] ?? 'CIVIL';
    sectorOf.set(network.id, sector);
    nodes.push({ id: network.id, label: network.name, kind: 'NETWORK', sector, since: day(network.startedOn) });
  }

  const edges: GraphEdgeData[] = [];
  const edge = (e: Omit<GraphEdgeData, 'crossSector' | 'agreementId' | 'agreementStatus' | 'threeSector'> & Partial<GraphEdgeData>) => {
    const a = sectorOf.get(e.source);
    const b = sectorOf.get(e.target);
    if (!a || !b) return;
    edges.push({ agreementId: null, agreementStatus: null, threeSector: null, ...e, crossSector: a !== b });
  };
  for (const person of people) {
    if (person.organizationId) {
      edge({ id: `aff_${person.id}`, source: person.id, target: person.organizationId, kind: 'AFFILIATION', weight: 1, since: day(person.since), until: null });
    }
  }
  for (const c of connections) {
    edge({ id: c.id, source: c.a, target: c.b, kind: 'CONNECTION', weight: c.strength, since: day(c.since), until: day(c.until) });
  }
  for (const m of members) {
    edge({ id: m.id, source: m.memberId, target: m.networkId, kind: 'MEMBERSHIP', weight: 1, since: day(m.joinedOn), until: day(m.leftOn), networkId: m.networkId });
  }
  addAgreementEdges(parties, edge);
  return { nodes, edges };
}

/** One edge per pair of an agreement's parties, each marked with whether the agreement spans all three sectors. */
function addAgreementEdges(
  parties: {
    agreementId: string;
    partyId: string;
    sector: Sector | null;
    status: AgreementStatus;
    since: string | null;
    until: string | null;
  }[],
  edge: (e: Omit<GraphEdgeData, 'crossSector'>) => void,
) {
  let start = 0;
  while (start < parties.length) {
    let end = start;
    while (end < parties.length && parties[end]!.agreementId === parties[start]!.agreementId) end += 1;
    const group = parties.slice(start, end);
    const first = group[0]!;
    // From the parties' own sectors: in a network's graph some parties are outside the view.
    const threeSector = new Set(group.map((p) => p.sector)).size === 3;
    for (let i = 0; i < group.length; i += 1) {
      for (let j = i + 1; j < group.length; j += 1) {
        const [a, b] = [group[i]!.partyId, group[j]!.partyId].sort();
        edge({
          id: `${first.agreementId}_${a}_${b}`,
          source: a!,
          target: b!,
          kind: 'AGREEMENT',
          weight: 1,
          since: day(first.since),
          until: day(first.until),
          agreementId: first.agreementId,
          agreementStatus: first.status,
          threeSector,
        });
      }
    }
    start = end;
  }
}
