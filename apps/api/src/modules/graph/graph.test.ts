import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, schema } from '@brobygger/db';
import { startTestApi, type GraphQLTestClient, type TestApi } from '../../testing/index';

const GRAPH = `query($filter: GraphFilter) {
  graph(filter: $filter) {
    nodes { id label kind sector }
    edges { id source target kind crossSector since agreementStatus }
  }
}`;

interface Graph {
  nodes: { id: string; label: string; kind: string; sector: string }[];
  edges: { id: string; source: string; target: string; kind: string; crossSector: boolean }[];
}

let api: TestApi;
let coordinator: GraphQLTestClient;
const ids: Record<string, string> = {};

async function graph(client: GraphQLTestClient, filter?: Record<string, unknown>): Promise<Graph> {
  return (await client.data(GRAPH, { filter })).graph as Graph;
}
const pair = (a: string, b: string) => [ids[a], ids[b]].sort().join('|');
const pairsOf = (g: Graph, kind?: string) =>
  g.edges.filter((e) => !kind || e.kind === kind).map((e) => [e.source, e.target].sort().join('|')).sort();

/**
 * A hand-built network: an employer (BUSINESS) with two employees, NAV (PUBLIC), a participant
 * (CIVIL); ties of different kinds and dates; a network; a three-sector agreement.
 */
beforeAll(async () => {
  api = await startTestApi();
  coordinator = await api.as('COORDINATOR');
  const org = async (name: string, sector: string, kind: string) =>
    (await coordinator.data(`mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`, { i: { name, sector, kind } }))
      .createOrganization.id as string;
  const person = async (input: Record<string, unknown>) =>
    (await coordinator.data(`mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }`, { i: input })).createPerson.id as string;
  ids.employer = await org('Bedrift AS', 'BUSINESS', 'COMPANY');
  ids.nav = await org('NAV Porsgrunn', 'PUBLIC', 'NAV_OFFICE');
  ids.boss = await person({ name: 'Berit Sjef', sector: 'BUSINESS', organizationId: ids.employer, since: '2019-01-01' });
  ids.worker = await person({ name: 'Arne Ansatt', sector: 'BUSINESS', organizationId: ids.employer, since: '2019-01-01' });
  ids.participant = await person({ name: 'Pia Deltaker', sector: 'CIVIL', since: '2020-01-01', participant: { status: 'IN_ACTIVITY' } });
  const connect = (a: string, b: string, since: string) =>
    coordinator.data(`mutation($i: CreateConnectionInput!) { createConnection(input: $i) { id } }`, {
      i: { personAId: ids[a], personBId: ids[b], kind: 'CONTACT', since },
    });
  await connect('boss', 'participant', '2020-03-01');
  await connect('boss', 'worker', '2024-01-01');
  ids.network = (
    await coordinator.data(`mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { id } }`, {
      i: { name: 'Grenland næringsforum', kind: 'BUSINESS_FORUM' },
    })
  ).createNetwork.id;
  for (const member of [{ organizationId: ids.employer }, { personId: ids.participant }]) {
    await coordinator.data(`mutation($i: AddNetworkMemberInput!) { addNetworkMember(input: $i) { id } }`, {
      i: { networkId: ids.network, joinedOn: '2021-01-01', ...member },
    });
  }
  await coordinator.data(`mutation($i: CreateAgreementInput!) { createAgreement(input: $i) { id } }`, {
    i: {
      title: 'Arbeidstrening',
      kind: 'WORK_TRIAL',
      startDate: '2025-01-01',
      parties: [
        { personId: ids.participant, role: 'PARTICIPANT' },
        { organizationId: ids.employer, role: 'EMPLOYER' },
        { organizationId: ids.nav, role: 'PUBLIC_PARTNER' },
      ],
    },
  });
});
afterAll(() => api.stop());

describe('graph', () => {
  it('has every node and every kind of edge, with cross-sector marked', async () => {
    const g = await graph(coordinator);
    expect(g.nodes).toHaveLength(6);
    expect(g.nodes.find((n) => n.id === ids.participant)).toMatchObject({ kind: 'PARTICIPANT', sector: 'CIVIL', label: 'Pia Deltaker' });
    expect(g.nodes.find((n) => n.id === ids.network)?.kind).toBe('NETWORK');
    expect(pairsOf(g, 'AFFILIATION')).toEqual([pair('boss', 'employer'), pair('employer', 'worker')].sort());
    expect(pairsOf(g, 'CONNECTION')).toEqual([pair('boss', 'participant'), pair('boss', 'worker')].sort());
    expect(pairsOf(g, 'MEMBERSHIP')).toHaveLength(2);
    expect(pairsOf(g, 'AGREEMENT')).toEqual(
      [pair('participant', 'employer'), pair('participant', 'nav'), pair('employer', 'nav')].sort(),
    );
    const byPair = new Map(g.edges.map((e) => [[e.source, e.target].sort().join('|'), e]));
    expect(byPair.get(pair('boss', 'participant'))?.crossSector).toBe(true);
    expect(byPair.get(pair('boss', 'worker'))?.crossSector).toBe(false);
    expect(byPair.get(pair('boss', 'employer'))?.crossSector).toBe(false);
  });

  it('keeps only cross-sector edges when asked', async () => {
    const all = await graph(coordinator);
    const cross = await graph(coordinator, { crossSectorOnly: true });
    expect(cross.edges.length).toBeLessThan(all.edges.length);
    expect(cross.edges.every((e) => e.crossSector)).toBe(true);
    expect(cross.edges).toHaveLength(all.edges.filter((e) => e.crossSector).length);
  });

  it('shows the graph as it stood on a day', async () => {
    const g = await graph(coordinator, { asOf: '2022-06-01' });
    expect(pairsOf(g, 'CONNECTION')).toEqual([pair('boss', 'participant')]);
    expect(pairsOf(g, 'AGREEMENT')).toEqual([]);
    expect(pairsOf(g, 'MEMBERSHIP')).toHaveLength(2);
  });

  it('filters by sector, node kind, edge kind, network and agreement status', async () => {
    const business = await graph(coordinator, { sectors: ['BUSINESS'] });
    expect(business.nodes.map((n) => n.sector).every((s) => s === 'BUSINESS')).toBe(true);
    expect(pairsOf(business, 'CONNECTION')).toEqual([pair('boss', 'worker')]);

    const orgsOnly = await graph(coordinator, { nodeKinds: ['ORGANIZATION'] });
    expect(orgsOnly.nodes).toHaveLength(2);
    expect(pairsOf(orgsOnly)).toEqual([pair('employer', 'nav')]);

    const connections = await graph(coordinator, { edgeKinds: ['CONNECTION'] });
    expect(connections.edges.every((e) => e.kind === 'CONNECTION')).toBe(true);

    const network = await graph(coordinator, { networkId: ids.network });
    expect(network.nodes.map((n) => n.id).sort()).toEqual([ids.employer, ids.participant, ids.network].sort());

    const active = await graph(coordinator, { agreementStatuses: ['ACTIVE'] });
    expect(pairsOf(active, 'AGREEMENT')).toEqual([]);
  });

  it('shows researchers participants only with consent, and then only under a pseudonym', async () => {
    const researcher = await api.as('RESEARCHER');
    const without = await graph(researcher);
    expect(without.nodes.some((n) => n.kind === 'PARTICIPANT')).toBe(false);
    expect(JSON.stringify(without)).not.toContain(ids.participant);

    await coordinator.data(`mutation($id: ID!) { updateConsent(personId: $id, input: { shareForResearch: true }) { id } }`, {
      id: ids.participant,
    });
    const withConsent = await graph(researcher);
    const participant = withConsent.nodes.find((n) => n.kind === 'PARTICIPANT');
    expect(participant?.label).toMatch(/^R-[0-9A-F]{12}$/);
    expect(participant?.id).toBe(participant?.label);
    const text = JSON.stringify(withConsent);
    expect(text).not.toContain('Pia Deltaker');
    expect(text).not.toContain(ids.participant);
    expect(text).not.toContain('Berit Sjef');
    // The pseudonym is stable between requests.
    expect((await graph(researcher)).nodes.find((n) => n.kind === 'PARTICIPANT')?.label).toBe(participant?.label);
  });

  it("shows an employer its organisation's neighbourhood, its own people, and a participant only behind an accepted introduction", async () => {
    const faraway = (
      await coordinator.data(`mutation { createOrganization(input: { name: "Langt Unna AS", sector: BUSINESS, kind: COMPANY }) { id } }`)
    ).createOrganization.id as string;
    const employer = await api.as('EMPLOYER', { organizationId: ids.employer });
    const before = await graph(employer);
    expect(before.nodes.some((n) => n.id === ids.employer)).toBe(true);
    // Two steps: the employer – agreement – NAV; its own staff; nobody else's people.
    expect(before.nodes.some((n) => n.id === ids.nav)).toBe(true);
    expect(before.nodes.some((n) => n.id === ids.worker)).toBe(true);
    expect(before.nodes.some((n) => n.id === faraway)).toBe(false);
    expect(before.nodes.some((n) => n.kind === 'PARTICIPANT')).toBe(false);
    expect(JSON.stringify(before)).not.toContain('Pia Deltaker');
    expect(JSON.stringify(before)).not.toContain(ids.participant);

    // Seen from NAV, the employer's staff are someone else's people.
    const nav = await graph(await api.as('EMPLOYER', { organizationId: ids.nav }));
    expect(nav.nodes.some((n) => n.id === ids.worker)).toBe(false);

    await coordinator.data(`mutation($id: ID!) { updateConsent(personId: $id, input: { visibleToEmployers: true }) { id } }`, { id: ids.participant });
    await api.handle.transaction((tx) =>
      tx.insert(schema.introductions).values({
        id: newId('introduction'),
        participantId: ids.participant!,
        organizationId: ids.employer!,
        status: 'ACCEPTED',
        answeredAt: new Date().toISOString(),
      }),
    );
    const after = await graph(employer);
    expect(after.nodes.find((n) => n.id === ids.participant)?.label).toBe('Pia Deltaker');
    // Withdrawing visibility ends the reveal at once.
    await coordinator.data(`mutation($id: ID!) { updateConsent(personId: $id, input: { visibleToEmployers: false }) { id } }`, { id: ids.participant });
    expect(JSON.stringify(await graph(employer))).not.toContain('Pia Deltaker');
  });
});
