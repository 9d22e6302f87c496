import { sql, type SQL } from 'drizzle-orm';
import { selectTuples, type Db } from '@brobygger/db';
import {
  SECTORS,
  type AgreementStatus,
  type GraphEdgeKind,
  type ParticipantStatus,
  type Sector,
} from '@brobygger/domain';
import { withholdsAgreementFromResearch } from '../../privacy/agreements';
import type { GraphData, GraphEdgeData, GraphNodeData } from './graph-types';

const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : null);

/** Booleans are 0/1 on SQLite and false/true on PostgreSQL: tested for truth only. */
type SqlBoolean = number | boolean;

// The rows read, as tuples in the order each query names its columns (each under a name of its own: selectTuples).
type OrgRow = [id: string, name: string, sector: Sector];
type PersonRow = [
  id: string,
  name: string,
  sector: Sector,
  since: string | null,
  organizationId: string | null,
  isParticipant: SqlBoolean,
  shareForResearch: SqlBoolean | null,
  status: ParticipantStatus | null,
];
type NetworkRow = [id: string, name: string, startedOn: string | null];
type MemberRow = [id: string, networkId: string, memberId: string, joinedOn: string | null, leftOn: string | null];
type ConnectionRow = [id: string, a: string, b: string, strength: number, since: string | null, until: string | null];
type PartyRow = [
  agreementId: string,
  partyId: string,
  sector: Sector | null,
  status: AgreementStatus,
  since: string | null,
  until: string | null,
  /** 1 for a participant party who does not share for research, else 0. */
  unshared: number,
];

/** Which part of the graph to read: all of it, or one network's members and the ties among them. */
export interface GraphScope {
  networkId?: string;
}

/**
 * Reads the collaboration graph with a handful of column-only queries (no ORM objects, no
 * per-row lookups): it is the largest read the API makes, so rows arrive as tuples and every
 * edge is made by one function, all with the same fields. Scoped to a network, every query is
 * narrowed in SQL to that network's members, so a network's graph costs what the network
 * weighs, not what the region does.
 */
export async function loadGraph(db: Db, scope: GraphScope = {}): Promise<GraphData> {
  const rows = <T extends unknown[]>(query: SQL) => selectTuples<T>(db, query);
  const network = scope.networkId;
  // A network's members, read from the (network, member) indexes; connections join only people.
  const personMembers = sql`(SELECT person_id FROM network_members WHERE network_id = ${network} AND person_id IS NOT NULL)`;
  const orgMembers = sql`(SELECT organization_id FROM network_members WHERE network_id = ${network} AND organization_id IS NOT NULL)`;
  const scoped = (condition: SQL) => (network ? sql`WHERE ${condition}` : sql``);
  // Archived records are out of the graph for everyone; their ties go with them (an edge needs both ends).
  const inUse = (condition: SQL) => (network ? sql`WHERE archived_at IS NULL AND ${condition}` : sql`WHERE archived_at IS NULL`);
  const [orgs, people, networks, members, connections, parties] = await Promise.all([
    rows<OrgRow>(sql`SELECT id, name, sector FROM organizations ${inUse(sql`id IN ${orgMembers}`)}`),
    rows<PersonRow>(sql`
      SELECT p.id, p.name, p.sector, p.since, p.organization_id, p.is_participant, pp.share_for_research, pp.status
      FROM people p LEFT JOIN participant_profiles pp ON pp.person_id = p.id
      WHERE p.archived_at IS NULL ${network ? sql`AND p.id IN ${personMembers}` : sql``}`),
    rows<NetworkRow>(sql`SELECT id, name, started_on FROM networks ${inUse(sql`id = ${network}`)}`),
    rows<MemberRow>(sql`
      SELECT id, network_id, coalesce(person_id, organization_id) AS member_id, joined_on, left_on
      FROM network_members ${scoped(sql`network_id = ${network}`)}`),
    rows<ConnectionRow>(
      network
        ? // Walks each member's own ties (by index) instead of testing every tie in the region.
          sql`
            SELECT c.id, c.person_a_id, c.person_b_id, c.strength, c.since, c.until
            FROM (SELECT DISTINCT person_id FROM network_members WHERE network_id = ${network} AND person_id IS NOT NULL) m
            CROSS JOIN connections c
            WHERE c.person_a_id = m.person_id AND c.person_b_id IN ${personMembers}`
        : sql`SELECT id, person_a_id, person_b_id, strength, since, until FROM connections`,
    ),
    rows<PartyRow>(sql`
      SELECT ap.agreement_id, coalesce(ap.person_id, ap.organization_id) AS party_id,
             coalesce(pp.sector, po.sector) AS sector, a.status, coalesce(a.start_date, a.proposed_at, a.created_at) AS since,
             CASE WHEN a.status IN ('COMPLETED', 'TERMINATED') THEN coalesce(a.closed_at, a.end_date) ELSE a.end_date END AS until,
             CASE WHEN ${withholdsAgreementFromResearch('pp', 'pr')} THEN 1 ELSE 0 END AS unshared
      FROM agreement_parties ap JOIN agreements a ON a.id = ap.agreement_id
      LEFT JOIN people pp ON pp.id = ap.person_id
      LEFT JOIN participant_profiles pr ON pr.person_id = ap.person_id
      LEFT JOIN organizations po ON po.id = ap.organization_id
      ${scoped(sql`ap.agreement_id IN (
        SELECT agreement_id FROM (
          SELECT agreement_id, person_id AS party FROM agreement_parties WHERE person_id IN ${personMembers}
          UNION ALL
          SELECT agreement_id, organization_id FROM agreement_parties WHERE organization_id IN ${orgMembers}) AS member_parties
        -- An agreement draws an edge only between two members; with one, it is outside the view.
        GROUP BY agreement_id HAVING count(DISTINCT party) > 1)`)}
      ORDER BY ap.agreement_id`),
  ]);

  const nodes: GraphNodeData[] = [];
  const nodeOf = new Map<string, GraphNodeData>();
  const addNode = (added: GraphNodeData) => {
    nodes.push(added);
    nodeOf.set(added.id, added);
    return added;
  };
  for (const [id, name, sector] of orgs) addNode(node(id, name, 'ORGANIZATION', sector, null));
  for (const [id, name, sector, since, , isParticipant, shareForResearch, status] of people) {
    const person = addNode(node(id, name, isParticipant ? 'PARTICIPANT' : 'PERSON', sector, day(since)));
    if (isParticipant) {
      person.shareForResearch = Boolean(shareForResearch);
      person.participantStatus = status ?? 'OUTSIDE_WORK';
    }
  }
  // A network hub takes the sector most of its members have (ties: BUSINESS, PUBLIC, CIVIL).
  const memberSectors = new Map<string, number[]>();
  for (const [, networkId, memberId] of members) {
    const counts = memberSectors.get(networkId) ?? [0, 0, 0];
    const member = nodeOf.get(memberId);
    if (member) counts[SECTORS.indexOf(member.sector)]! += 1;
    memberSectors.set(networkId, counts);
  }
  for (const [id, name, startedOn] of networks) {
    const counts = memberSectors.get(id) ?? [0, 0, 0];
    const sector = SECTORS[counts.indexOf(Math.max(...counts))] ?? 'CIVIL';
    addNode(node(id, name, 'NETWORK', sector, day(startedOn)));
  }

  const edges: GraphEdgeData[] = [];
  const add: AddEdge = (id, source, target, kind, weight, since, until, agreement = null, networkId = undefined) => {
    const a = nodeOf.get(source);
    const b = nodeOf.get(target);
    if (!a || !b) return;
    // The nodes' own id strings, not the row's copies: the cached graph holds each id once.
    edges.push({
      id,
      source: a.id,
      target: b.id,
      kind,
      crossSector: a.sector !== b.sector,
      weight,
      since,
      until,
      agreementId: agreement?.id ?? null,
      agreementStatus: agreement?.status ?? null,
      threeSector: agreement?.threeSector ?? null,
      participantsShare: agreement?.participantsShare ?? null,
      networkId,
    });
  };
  for (const [id, , , since, organizationId] of people) {
    if (organizationId) add(`aff_${id}`, id, organizationId, 'AFFILIATION', 1, day(since), null);
  }
  for (const [id, a, b, strength, since, until] of connections) add(id, a, b, 'CONNECTION', strength, day(since), day(until));
  for (const [id, networkId, memberId, joinedOn, leftOn] of members) {
    add(id, memberId, networkId, 'MEMBERSHIP', 1, day(joinedOn), day(leftOn), null, networkId);
  }
  addAgreementEdges(parties, add);
  return { nodes, edges };
}

/** Every node with the same fields, so the hundreds of thousands of reads of them stay on one shape. */
function node(id: string, label: string, kind: GraphNodeData['kind'], sector: Sector, since: string | null): GraphNodeData {
  return { id, label, kind, sector, since, shareForResearch: undefined, participantStatus: undefined };
}

interface AgreementOfEdge {
  id: string;
  status: AgreementStatus;
  threeSector: boolean;
  participantsShare: boolean;
}

type AddEdge = (
  id: string,
  source: string,
  target: string,
  kind: GraphEdgeKind,
  weight: number,
  since: string | null,
  until: string | null,
  agreement?: AgreementOfEdge | null,
  networkId?: string,
) => void;

/** One edge per pair of an agreement's parties, each marked with whether the agreement spans all three sectors. */
function addAgreementEdges(parties: readonly PartyRow[], add: AddEdge) {
  let start = 0;
  while (start < parties.length) {
    const [id, , , status, since, until] = parties[start]!;
    let end = start;
    while (end < parties.length && parties[end]![0] === id) end += 1;
    // The parties by id, so each pair comes in order (ordering them in SQL cost a sort of every party row).
    const group = parties.slice(start, end).sort((x, y) => (x[1] < y[1] ? -1 : 1));
    // From every party's row: in a network's graph some parties are outside the view.
    const agreement = {
      id,
      status,
      threeSector: new Set(group.map(([, , sector]) => sector)).size === 3,
      participantsShare: group.every(([, , , , , , unshared]) => !unshared),
    };
    for (let i = 0; i < group.length; i += 1) {
      for (let j = i + 1; j < group.length; j += 1) {
        const [a, b] = [group[i]![1], group[j]![1]];
        add(`${id}_${a}_${b}`, a, b, 'AGREEMENT', 1, day(since), day(until), agreement);
      }
    }
    start = end;
  }
}
