import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type GraphQLTestClient, type TestApi } from '../../testing/index';
import { createBridgeNetwork, type BridgeNetworkIds } from './testing/bridge-network';
import type { GraphData } from './graph-types';
import { suggestBridges } from './suggested-bridges';

const BRIDGE_PATH = `query($from: ID!, $to: ID!, $filter: GraphFilter) {
  bridgePath(from: $from, to: $to, filter: $filter) {
    length
    nodes { id label kind metrics { degree } }
    edges { id source target kind }
  }
}`;
const SUGGESTED = `query($id: ID!) {
  suggestedBridges(participantId: $id) {
    id kind title organizationId organizationName matchedTalents steps
    path { id label kind sector }
  }
}`;

interface Suggestion {
  id: string;
  kind: string;
  title: string;
  organizationName: string;
  matchedTalents: string[];
  steps: number;
  path: { id: string; label: string }[];
}

let api: TestApi;
let coordinator: GraphQLTestClient;
let ids: BridgeNetworkIds;

beforeAll(async () => {
  api = await startTestApi();
  coordinator = await api.as('COORDINATOR');
  ids = await createBridgeNetwork(coordinator);
});
afterAll(() => api.stop());

describe('bridgePath', () => {
  it('finds the warm introduction path from a participant to an officer at NAV', async () => {
    const { bridgePath } = await coordinator.data(BRIDGE_PATH, { from: ids.pia, to: ids.n2 });
    expect(bridgePath.length).toBe(3);
    expect(bridgePath.nodes.map((n: { label: string }) => n.label)).toEqual(['Pia Deltaker', 'Brita Brobygger', 'Nina Nav', 'Nils Nav']);
    expect(bridgePath.edges).toHaveLength(3);
    for (const [i, edge] of (bridgePath.edges as { source: string; target: string }[]).entries()) {
      expect([edge.source, edge.target].sort()).toEqual([bridgePath.nodes[i].id, bridgePath.nodes[i + 1].id].sort());
    }
    expect(bridgePath.nodes[1].metrics.degree).toBe(4);
  });

  it('follows only the ties the filter keeps', async () => {
    const { bridgePath } = await coordinator.data(BRIDGE_PATH, { from: ids.pia, to: ids.bedrift, filter: { edgeKinds: ['CONNECTION'] } });
    expect(bridgePath).toBeNull();
    const withAffiliations = await coordinator.data(BRIDGE_PATH, { from: ids.pia, to: ids.bedrift });
    expect(withAffiliations.bridgePath.length).toBe(3);
  });

  it('is null when nothing joins the two', async () => {
    expect((await coordinator.data(BRIDGE_PATH, { from: ids.pia, to: ids.fjern })).bridgePath).toBeNull();
  });

  it('refuses an id outside the graph, naming the argument', async () => {
    const from = await coordinator.request(BRIDGE_PATH, { from: 'per_nobody', to: ids.n2 });
    expect(from.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    const to = await coordinator.request(BRIDGE_PATH, { from: ids.pia, to: ids.n2, filter: { sectors: ['CIVIL'] } });
    expect(to.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it("works on a researcher's pseudonymous graph and never takes a real person or organisation id", async () => {
    const researcher = await api.as('RESEARCHER');
    const graph = await researcher.data(`{ graph { nodes { id kind sector } } }`);
    const nodes = graph.graph.nodes as { id: string; kind: string; sector: string }[];
    const pia = nodes.find((n) => n.kind === 'PARTICIPANT')!;
    // NAV Skien is the one public organisation: in a researcher's graph, under its pseudonym.
    const nav = nodes.find((n) => n.kind === 'ORGANIZATION' && n.sector === 'PUBLIC')!;
    expect(nav.id).toMatch(/^R-[0-9A-F]{12}$/);
    const real = await researcher.request(BRIDGE_PATH, { from: ids.pia, to: nav.id });
    expect(real.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    const realOrg = await researcher.request(BRIDGE_PATH, { from: pia.id, to: ids.nav });
    expect(realOrg.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to', reason: 'NODE_NOT_IN_GRAPH' });
    const { bridgePath } = await researcher.data(BRIDGE_PATH, { from: pia.id, to: nav.id });
    expect(bridgePath.length).toBe(3);
    const text = JSON.stringify(bridgePath);
    expect(text).not.toContain('Brita');
    expect(text).not.toContain('NAV Skien');
    expect(text).not.toContain(ids.pia);
    expect(text).not.toContain(ids.bridge);
    expect(text).not.toContain(ids.nav);
  });
});

describe('suggestedBridges', () => {
  it('suggests each employer once, by its best opening, ranked by matched talents, then by steps', async () => {
    const list = (await coordinator.data(SUGGESTED, { id: ids.pia })).suggestedBridges as Suggestion[];
    // Bedrift AS also offers "Sveiser" (welding only): its best opening stands for it.
    expect(list.map((s) => [s.kind, s.title, s.organizationName, s.matchedTalents, s.steps])).toEqual([
      ['OPPORTUNITY', 'Lagermedarbeider', 'Bedrift AS', ['Sveising', 'Truckførerbevis'], 3],
      ['OPPORTUNITY', 'Verkstedhjelp', 'Verksted AS', ['Sveising'], 2],
    ]);
    const lager = list[0]!;
    expect(lager.organizationName).toBe('Bedrift AS');
    expect(lager.path.map((p) => p.label)).toEqual(['Pia Deltaker', 'Brita Brobygger', 'Bjørn Bedrift', 'Bedrift AS']);
    // A filled opening, one asking for other talents and one out of reach are left out.
    expect(list.some((s) => ['Baker', 'Sveiser (besatt)', 'Sveiser i Fjern'].includes(s.title))).toBe(false);
  });

  it('suggests the employer itself when its openings together match more than any one of them', () => {
    const graph = {
      nodes: [
        { id: 'p', label: 'P', kind: 'PARTICIPANT', sector: 'CIVIL' },
        { id: 'o', label: 'O AS', kind: 'ORGANIZATION', sector: 'BUSINESS' },
      ],
      edges: [{ id: 'e', source: 'p', target: 'o', kind: 'AFFILIATION', crossSector: true, weight: 1 }],
    } as unknown as GraphData;
    const openings = [
      { id: 'weld', title: 'Sveiser', organizationId: 'o', talents: ['sveising'] },
      { id: 'drive', title: 'Sjåfør', organizationId: 'o', talents: ['Førerkort'] },
    ];
    const label = (node: { id: string; label: string; kind: string; sector: string }) => ({ ...node, anonymous: false }) as never;
    const list = suggestBridges(graph, 'p', ['Sveising', 'Førerkort', 'Baking'], openings, label);
    expect(list.map((s) => [s.kind, s.title, s.matchedTalents, s.steps])).toEqual([['EMPLOYER', 'O AS', ['Førerkort', 'Sveising'], 1]]);
  });

  it('lets a participant see their own suggestions, and no one else’s', async () => {
    const pia = await api.as('PARTICIPANT', { personId: ids.pia });
    expect((await pia.data(SUGGESTED, { id: ids.pia })).suggestedBridges).toHaveLength(2);
    const other = await pia.request(SUGGESTED, { id: ids.ola });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('is refused to employers and researchers', async () => {
    for (const client of [await api.as('EMPLOYER', { organizationId: ids.bedrift }), await api.as('RESEARCHER')]) {
      const { errors } = await client.request(SUGGESTED, { id: ids.pia });
      expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('answers NOT_FOUND for someone who is not a participant', async () => {
    const { errors } = await coordinator.request(SUGGESTED, { id: ids.b1 });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'participantId' });
  });

  it('has nothing to suggest to someone without ties', async () => {
    expect((await coordinator.data(SUGGESTED, { id: ids.ola })).suggestedBridges).toEqual([]);
  });
});
