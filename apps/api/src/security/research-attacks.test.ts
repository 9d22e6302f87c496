import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@brobygger/db';
import { loadEnv } from '../env';
import { makePseudonyms, RESEARCH_PSEUDONYM } from '../privacy/pseudonyms';
import type { GraphQLTestClient } from '../testing/index';
import { startDemoViewers, type DemoViewers } from './demo-viewers';

/**
 * A penetration test's researcher attacks on the demo network, each written as the attack
 * (DESIGN.md: participant-level data for researchers carries no quasi-identifier finer than
 * sector, kind and month — no municipality or organisation of a participant):
 * - R3: a caseworker's own page listed their ties to participants (pseudonyms with exact dates
 *   and connection ids that join the list to the graph's edges);
 * - R4: a graph filtered by a real network id gave its participants beside the network's name
 *   (a municipality); agreements put a participant's pseudonym beside named organisations and
 *   an outcome; the graph joined participants to named organisations.
 */
const REAL_ID = /\b(?:org|per|net|mem|con|pty|opp)_[0-9a-z]{6,}/;
const WITHHELD = (field: string) => ({ code: 'BAD_USER_INPUT', field, reason: 'WITHHELD_FOR_RESEARCH' });

let demo: DemoViewers;
let researcher: GraphQLTestClient;
const research = makePseudonyms(loadEnv({ NODE_ENV: 'test' }).PSEUDONYM_SECRET).research;

interface Facts {
  participants: Set<string>;
  sharing: Set<string>;
  organizations: { id: string; name: string }[];
  networks: { id: string; name: string }[];
  /** Connections between a professional and a participant who shares: their ids, and the professional. */
  participantTies: { id: string; professional: string }[];
  /** Networks with a member who is a participant who shares. */
  networksWithParticipants: string[];
}
let facts: Facts;

beforeAll(async () => {
  demo = await startDemoViewers({ QUERY_COST_BUDGET: '1000000000' });
  researcher = demo.clients.get('RESEARCHER')!;
  const db = demo.api.handle.db;
  const [people, profiles, organizations, networks, connections, members] = await Promise.all([
    db.select().from(schema.people),
    db.select().from(schema.participantProfiles),
    db.select({ id: schema.organizations.id, name: schema.organizations.name }).from(schema.organizations),
    db.select({ id: schema.networks.id, name: schema.networks.name }).from(schema.networks),
    db.select().from(schema.connections),
    db.select().from(schema.networkMembers),
  ]);
  const participants = new Set(people.filter((p) => p.isParticipant).map((p) => p.id));
  const sharing = new Set(profiles.filter((p) => p.shareForResearch).map((p) => p.personId));
  const participantTies = connections.flatMap((c) => {
    if (sharing.has(c.personAId) && !participants.has(c.personBId)) return [{ id: c.id, professional: c.personBId }];
    if (sharing.has(c.personBId) && !participants.has(c.personAId)) return [{ id: c.id, professional: c.personAId }];
    return [];
  });
  const networksWithParticipants = [...new Set(members.filter((m) => m.personId && sharing.has(m.personId)).map((m) => m.networkId))];
  facts = { participants, sharing, organizations, networks, participantTies, networksWithParticipants };
}, 120_000);
afterAll(() => demo.api.stop());

/** Every organisation or network name found in the text (the longer ones: short names could occur by chance). */
function namesIn(text: string): string[] {
  return [...facts.organizations, ...facts.networks].map((o) => o.name).filter((name) => name.length >= 6 && text.includes(name));
}

describe('R3: a professional’s ties to participants', () => {
  it('are in no list a researcher reads: not the caseworker’s own connections, memberships or agreements', async () => {
    // The professional with the most ties to participants who share (in the demo, a NAV caseworker).
    const byProfessional = new Map<string, string[]>();
    for (const tie of facts.participantTies) byProfessional.set(tie.professional, [...(byProfessional.get(tie.professional) ?? []), tie.id]);
    const [caseworker, ties] = [...byProfessional].sort((a, b) => b[1].length - a[1].length)[0]!;
    expect(ties.length).toBeGreaterThan(3);
    const { person } = await researcher.data(
      `query($id: ID!) { person(id: $id) {
        connections { id kind since personA { id isParticipant } personB { id name isParticipant } }
        memberships { id person { id isParticipant } }
        agreements { id parties { name } }
      } }`,
      { id: caseworker },
    );
    const ends = person.connections.flatMap((c: { personA: { isParticipant: boolean }; personB: { isParticipant: boolean } }) => [c.personA, c.personB]);
    expect(ends.filter((end: { isParticipant: boolean }) => end.isParticipant)).toEqual([]);
    const text = JSON.stringify(person);
    expect(text).not.toMatch(/R-[0-9A-F]{12}/);
    for (const id of ties) expect(text).not.toContain(id);
    // A named professional lists no agreements at all: theirs are read in the pseudonymous list only.
    expect(person.agreements).toEqual([]);
  });

  it('are in no nested list either: people, organisations, networks', async () => {
    const answer = await researcher.data(`{
      people(first: 500, filter: { isParticipant: false }) { nodes { connections { id personA { isParticipant } personB { isParticipant } } agreements { id } } }
      organizations(first: 100) { nodes { agreements { id } memberships { person { isParticipant } } } }
      networks(first: 100) { nodes { members { id person { isParticipant } } } }
    }`);
    const text = JSON.stringify(answer);
    expect(text).toContain('"isParticipant":false');
    expect(text).not.toContain('"isParticipant":true');
    expect(text).not.toMatch(/R-[0-9A-F]{12}/);
    for (const tie of facts.participantTies) expect(text).not.toContain(tie.id);
    expect(text).not.toContain('"agreements":[{');
  });

  it('show in the graph only between pseudonyms, under edge ids no list holds', async () => {
    const { graph } = await researcher.data(`{ graph { nodes { id } edges { id source target kind } } }`);
    const text = JSON.stringify(graph);
    for (const tie of facts.participantTies) expect(text).not.toContain(tie.id);
    expect(text).not.toMatch(REAL_ID);
    // The ties are there, as structure: a research graph is still a graph.
    const participantNodes = new Set([...facts.sharing].map((id) => research(id)));
    const ties = graph.edges.filter((e: { kind: string; source: string; target: string }) => e.kind === 'CONNECTION' && (participantNodes.has(e.source) || participantNodes.has(e.target)));
    expect(ties.length).toBeGreaterThan(0);
  });
});

describe('R4: no participant beside a named organisation or network', () => {
  it('names every node of the graph and of every export by its research pseudonym', async () => {
    const { graph } = await researcher.data(`{ graph { nodes { id label kind } edges { id source target agreementId } } }`);
    const kinds = new Set(graph.nodes.map((n: { kind: string }) => n.kind));
    expect([...kinds].sort()).toEqual(['NETWORK', 'ORGANIZATION', 'PARTICIPANT', 'PERSON']);
    for (const node of graph.nodes as { id: string; label: string }[]) {
      expect(node.id).toMatch(RESEARCH_PSEUDONYM);
      expect(node.label).toBe(node.id);
    }
    const text = JSON.stringify(graph);
    expect(namesIn(text)).toEqual([]);
    expect(text).not.toMatch(REAL_ID);
    for (const org of facts.organizations) expect(text).not.toContain(org.id);
    for (const network of facts.networks) expect(text).not.toContain(network.id);
    for (const format of ['GRAPHML', 'GEXF', 'CSV_NODES', 'CSV_EDGES']) {
      const { exportGraph } = await researcher.data(`query($f: GraphExportFormat!) { exportGraph(format: $f) { content } }`, { f: format });
      expect([format, namesIn(exportGraph.content)]).toEqual([format, []]);
      expect([format, REAL_ID.exec(exportGraph.content)?.[0] ?? null]).toEqual([format, null]);
    }
  });

  it('lists nodes and edges in pseudonym order, not in the order the records were made', async () => {
    const { graph } = await researcher.data(`{ graph { nodes { id } edges { id } } }`);
    for (const list of [graph.nodes, graph.edges] as { id: string }[][]) {
      const ids = list.map((item) => item.id);
      expect(ids).toEqual([...ids].sort());
    }
  });

  it('refuses a real network id on every graph path, as it refuses an unknown one', async () => {
    const real = facts.networksWithParticipants[0]!;
    const paths: [string, string, Record<string, unknown>][] = [
      ['graph', `query($f: GraphFilter) { graph(filter: $f) { nodes { id } } }`, {}],
      ['graphStats', `query($f: GraphFilter) { graphStats(filter: $f) { nodeCount { value suppressed } } }`, {}],
      ['bridgePath', `query($f: GraphFilter, $a: ID!) { bridgePath(from: $a, to: $a, filter: $f) { length } }`, { a: research(real) }],
      ['exportGraph', `query($f: GraphFilter) { exportGraph(filter: $f, format: CSV_NODES) { content } }`, {}],
      ['eiOverTime', `query($f: GraphFilter) { eiOverTime(filter: $f, dates: ["2024-12-31"]) { eiIndex } }`, {}],
    ];
    for (const [name, query, variables] of paths) {
      for (const id of [real, 'net_999999']) {
        const answer = await researcher.request(query, { ...variables, f: { networkId: id, nodeKinds: ['PARTICIPANT'] } });
        expect([name, id, answer.errors?.[0]?.extensions]).toEqual([name, id, expect.objectContaining(WITHHELD('filter.networkId'))]);
        expect([name, answer.data?.[name] ?? null]).toEqual([name, null]);
      }
    }
    // A coordinator filters by the real id as before.
    const coordinator = demo.clients.get('COORDINATOR')!;
    const { graph } = await coordinator.data(`query($id: ID!) { graph(filter: { networkId: $id }) { nodes { id } } }`, { id: real });
    expect(graph.nodes.length).toBeGreaterThan(1);
  });

  it('filters by a network’s pseudonym to exactly that network’s members a researcher may see', async () => {
    const coordinator = demo.clients.get('COORDINATOR')!;
    for (const real of facts.networksWithParticipants.slice(0, 3)) {
      const all = await coordinator.data(`query($id: ID!) { graph(filter: { networkId: $id }) { nodes { id kind } } }`, { id: real });
      const expected = (all.graph.nodes as { id: string; kind: string }[])
        .filter((n) => n.kind !== 'PARTICIPANT' || facts.sharing.has(n.id))
        .map((n) => research(n.id))
        .sort();
      const pseudonym = research(real);
      const { graph, graphStats } = await researcher.data(
        `query($f: GraphFilter) { graph(filter: $f) { nodes { id } } graphStats(filter: $f) { nodeCount { value suppressed } } }`,
        { f: { networkId: pseudonym } },
      );
      expect((graph.nodes as { id: string }[]).map((n) => n.id)).toEqual(expected);
      expect(expected).toContain(pseudonym);
      expect(graphStats.nodeCount.suppressed || graphStats.nodeCount.value % 5 === 0).toBe(true);
    }
    // A pseudonym of no network reads nothing, as an unknown id does for a coordinator.
    const none = await researcher.data(`{ graph(filter: { networkId: "R-000000000000" }) { nodes { id } } }`);
    expect(none.graph.nodes).toEqual([]);
  });

  it('shows in a network’s graph no agreement the agreement list withholds, though the party who does not share is outside the network', async () => {
    const listed = new Set<string>();
    let after: string | null = null;
    do {
      const page: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } = (
        await researcher.data(`query($a: String) { agreements(first: 500, after: $a) { nodes { id } pageInfo { hasNextPage endCursor } } }`, { a: after })
      ).agreements;
      for (const node of page.nodes) listed.add(node.id);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    const coordinator = demo.clients.get('COORDINATOR')!;
    const agreementsIn = (graph: { edges: { agreementId: string | null }[] }) =>
      new Set(graph.edges.flatMap((edge) => (edge.agreementId ? [edge.agreementId] : [])));
    let withheldInNetworks = 0;
    for (const { id } of facts.networks) {
      const all = (await coordinator.data(`query($id: ID!) { graph(filter: { networkId: $id }) { edges { agreementId } } }`, { id })).graph;
      withheldInNetworks += [...agreementsIn(all)].filter((agreement) => !listed.has(agreement)).length;
      const seen = (await researcher.data(`query($f: GraphFilter) { graph(filter: $f) { edges { agreementId } } }`, { f: { networkId: research(id) } })).graph;
      expect([...agreementsIn(seen)].filter((agreement) => !listed.has(agreement)), id).toEqual([]);
    }
    // The demo's networks hold such agreements, so the test proves something.
    expect(withheldInNetworks).toBeGreaterThan(0);
  });

  it('shows agreements with every party under its pseudonym, and no organisation, network, opening or outcome', async () => {
    const { agreements } = await researcher.data(`{ agreements(first: 100) { totalCount nodes {
      id kind status outcome network { id name } opportunity { id title }
      parties { name role sector person { id name } organization { id name } }
    } } }`);
    expect(agreements.nodes.length).toBeGreaterThan(5);
    const text = JSON.stringify(agreements);
    expect(namesIn(text)).toEqual([]);
    expect(text).not.toMatch(/\b(?:org|per|net|opp)_[0-9a-z]{6,}/);
    for (const agreement of agreements.nodes) {
      expect(agreement).toMatchObject({ outcome: null, network: null, opportunity: null });
      for (const party of agreement.parties) {
        expect(party).toMatchObject({ person: null, organization: null });
        expect(party.name).toMatch(RESEARCH_PSEUDONYM);
      }
    }
    // The parties are the nodes of the agreement's edges in the researcher's graph.
    const { graph } = await researcher.data(`{ graph(filter: { edgeKinds: [AGREEMENT] }) { edges { source target agreementId } } }`);
    const first = agreements.nodes.find((a: { id: string }) => graph.edges.some((e: { agreementId: string }) => e.agreementId === a.id))!;
    const ends = new Set(graph.edges.filter((e: { agreementId: string }) => e.agreementId === first.id).flatMap((e: { source: string; target: string }) => [e.source, e.target]));
    for (const party of first.parties) expect(ends.has(party.name)).toBe(true);
  });

  it('filters agreements by research pseudonyms only: a real organisation, network or person id is refused', async () => {
    const query = `query($f: AgreementFilter) { agreements(filter: $f) { totalCount nodes { id parties { name } } } }`;
    const db = demo.api.handle.db;
    const parties = await db.select().from(schema.agreementParties);
    const orgParty = parties.find((p) => p.organizationId && parties.some((q) => q.agreementId === p.agreementId && q.personId && facts.sharing.has(q.personId)))!;
    const organizationId = orgParty.organizationId!;
    for (const [field, f] of [
      ['filter.partyId', { partyId: organizationId }],
      ['filter.partyId', { partyId: orgParty.personId ?? facts.participantTies[0]!.professional }],
      ['filter.networkId', { networkId: facts.networksWithParticipants[0] }],
    ] as const) {
      const answer = await researcher.request(query, { f });
      expect(answer.errors?.[0]?.extensions).toMatchObject(WITHHELD(field));
      expect(answer.data?.agreements ?? null).toBeNull();
    }
    // By the organisation's pseudonym: its agreements, the organisation among the parties as that pseudonym.
    const { agreements } = await researcher.data(query, { f: { partyId: research(organizationId) } });
    expect(agreements.nodes.length).toBeGreaterThan(0);
    for (const agreement of agreements.nodes) expect(agreement.parties.map((p: { name: string }) => p.name)).toContain(research(organizationId));
  });

  it('reads one agreement by id the same way', async () => {
    const db = demo.api.handle.db;
    const parties = await db.select().from(schema.agreementParties);
    const withParticipant = parties.find((p) => p.personId && facts.sharing.has(p.personId) && parties.some((q) => q.agreementId === p.agreementId && q.organizationId))!;
    const { agreement } = await researcher.data(
      `query($id: ID!) { agreement(id: $id) { outcome network { name } opportunity { title } parties { name person { id } organization { name } } } }`,
      { id: withParticipant.agreementId },
    );
    expect(agreement).toMatchObject({ outcome: null, network: null, opportunity: null });
    expect(namesIn(JSON.stringify(agreement))).toEqual([]);
    expect(agreement.parties.map((p: { name: string }) => p.name)).toContain(research(withParticipant.personId!));
  });
});
