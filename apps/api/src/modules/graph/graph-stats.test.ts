import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type GraphQLTestClient, type TestApi } from '../../testing/index';
import { createBridgeNetwork, type BridgeNetworkIds } from './testing/bridge-network';

const COUNT = 'value suppressed';
const STATS = `query($filter: GraphFilter) {
  graphStats(filter: $filter) {
    nodeCount { ${COUNT} } edgeCount { ${COUNT} } density
    componentCount { ${COUNT} } largestComponentSize { ${COUNT} } diameter averagePathLength
    sectorModularity communityModularity communityCount { ${COUNT} }
    eiBySector { sector eiIndex } eiIndex
    mixingMatrix { from to count { ${COUNT} } }
    brokerageTotals { coordinator { ${COUNT} } itinerant { ${COUNT} } gatekeeperRepresentative { ${COUNT} } liaison { ${COUNT} } total { ${COUNT} } }
    threeSectorAgreements { count { ${COUNT} } total { ${COUNT} } share }
    participantsInPaidWork { count { ${COUNT} } total { ${COUNT} } share }
    betweenness { method samples nodeCount exactMaxNodes epsilon harmonicEpsilon delta note }
  }
}`;

type Count = { value: number | null; suppressed: boolean };
const shown = (value: number): Count => ({ value, suppressed: false });
const hidden: Count = { value: null, suppressed: true };

let api: TestApi;
let coordinator: GraphQLTestClient;
let ids: BridgeNetworkIds;

const stats = async (client: GraphQLTestClient, filter?: Record<string, unknown>) =>
  (await client.data(STATS, { filter })).graphStats;
const cell = (s: { mixingMatrix: { from: string; to: string; count: Count }[] }, from: string, to: string) =>
  s.mixingMatrix.find((c) => c.from === from && c.to === to)!.count;

beforeAll(async () => {
  api = await startTestApi();
  coordinator = await api.as('COORDINATOR');
  ids = await createBridgeNetwork(coordinator);
});
afterAll(() => api.stop());

describe('graphStats', () => {
  it('counts nodes, ties, components and ties between sectors', async () => {
    const s = await stats(coordinator);
    expect(s.nodeCount).toEqual(shown(13));
    expect(s.edgeCount).toEqual(shown(16));
    // The eleven joined through Brita, and Ola and Fjern AS on their own.
    expect(s.componentCount).toEqual(shown(3));
    expect(s.largestComponentSize).toEqual(shown(11));
    expect(s.density).toBeCloseTo((2 * 16) / (13 * 12), 12);
    expect(cell(s, 'BUSINESS', 'BUSINESS')).toEqual(shown(6));
    expect(cell(s, 'PUBLIC', 'PUBLIC')).toEqual(shown(6));
    expect(cell(s, 'CIVIL', 'BUSINESS')).toEqual(shown(2));
    expect(cell(s, 'BUSINESS', 'CIVIL')).toEqual(shown(2));
    expect(cell(s, 'CIVIL', 'PUBLIC')).toEqual(shown(1));
    expect(cell(s, 'CIVIL', 'CIVIL')).toEqual(shown(1));
    expect(s.mixingMatrix).toHaveLength(9);
    // 3 of 16 ties cross sectors: (3 − 13) / 16.
    expect(s.eiIndex).toBeCloseTo(-10 / 16, 12);
    expect(s.brokerageTotals.liaison).toEqual(shown(2));
    expect(s.sectorModularity).toBeGreaterThan(0.3);
    expect(s.communityCount.value).toBeGreaterThanOrEqual(2);
  });

  it('measures path lengths between connected nodes only, as igraph does', async () => {
    const s = await stats(coordinator);
    // Bente → Bjørn → Brita → Nina → Nils: the clusters' far ends are four steps apart.
    expect(s.diameter).toBe(4);
    // The 11 joined through Brita make 110 ordered pairs, 260 steps in all; Ola and Fjern AS add none.
    expect(s.averagePathLength).toBeCloseTo(260 / 110, 12);
    const nodes = (await coordinator.data(`{ graph { nodes { id metrics { closeness } } } }`)).graph.nodes as { id: string; metrics: { closeness: number } }[];
    const closeness = new Map(nodes.map((node) => [node.id, node.metrics.closeness]));
    // Brita reaches 10 of 12 others in 16 steps: (10 / 16) · (10 / 12), as networkx's closeness_centrality.
    expect(closeness.get(ids.bridge)).toBeCloseTo((10 / 16) * (10 / 12), 12);
    expect(closeness.get(ids.ola)).toBe(0);
  });

  it('counts participants in paid work and three-sector agreements', async () => {
    const s = await stats(coordinator);
    expect(s.participantsInPaidWork).toEqual({ count: shown(1), total: shown(2), share: 0.5 });
    expect(s.threeSectorAgreements).toEqual({ count: shown(0), total: shown(0), share: null });

    await coordinator.data(`mutation($i: CreateAgreementInput!) { createAgreement(input: $i) { id } }`, {
      i: {
        title: 'Arbeidstrening',
        kind: 'WORK_TRIAL',
        parties: [
          { personId: ids.pia, role: 'PARTICIPANT' },
          { organizationId: ids.bedrift, role: 'EMPLOYER' },
          { organizationId: ids.nav, role: 'PUBLIC_PARTNER' },
        ],
      },
    });
    const after = await stats(coordinator);
    expect(after.threeSectorAgreements).toEqual({ count: shown(1), total: shown(1), share: 1 });
  });

  it('says the betweenness is exact on a small graph', async () => {
    const { betweenness } = await stats(coordinator);
    expect(betweenness).toMatchObject({ method: 'EXACT', samples: 13, nodeCount: 13, exactMaxNodes: 6000, epsilon: 0 });
    expect(betweenness.note).toMatch(/^Exact/);
  });

  it('suppresses every count below 5 for researchers and rounds the rest to the nearest 5', async () => {
    const researcher = await api.as('RESEARCHER');
    const s = await stats(researcher);
    // Ola does not share his data for research, so the researcher's graph has 12 nodes: 10 after rounding.
    expect(s.nodeCount).toEqual(shown(10));
    expect(s.edgeCount.value % 5).toBe(0);
    expect(s.edgeCount.value).toBeGreaterThanOrEqual(15);
    expect(s.componentCount).toEqual(hidden);
    // Six ties inside business: 5 after rounding.
    expect(cell(s, 'BUSINESS', 'BUSINESS')).toEqual(shown(5));
    expect(cell(s, 'CIVIL', 'PUBLIC')).toEqual(hidden);
    expect(cell(s, 'PUBLIC', 'CIVIL')).toEqual(hidden);
    expect(s.brokerageTotals.liaison).toEqual(hidden);
    expect(s.participantsInPaidWork).toEqual({ count: hidden, total: hidden, share: null });
    expect(s.threeSectorAgreements).toEqual({ count: hidden, total: hidden, share: null });
    // A mean of exact distances, coarsened like every ratio: two significant digits.
    expect(String(s.averagePathLength)).toMatch(/^\d\.\d$/);
    expect(JSON.stringify(s)).not.toMatch(/"value":[0-4][,}]/);
    const counts = [...JSON.stringify(s).matchAll(/"value":(\d+)[,}]/g)].map((m) => Number(m[1]));
    expect(counts.filter((n) => n % 5 !== 0)).toEqual([]);
  });

  it('is not for employers', async () => {
    const employer = await api.as('EMPLOYER', { organizationId: ids.bedrift });
    const { errors } = await employer.request(STATS);
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('graphStats above the exact-betweenness limit', () => {
  let small: TestApi;
  afterAll(() => small?.stop());

  it('samples betweenness and says so, with its error bound', async () => {
    small = await startTestApi({ env: { GRAPH_EXACT_BETWEENNESS_MAX_NODES: '5', GRAPH_BETWEENNESS_SAMPLES: '6' } });
    const client = await small.as('COORDINATOR');
    await createBridgeNetwork(client);
    const { betweenness } = await stats(client);
    expect(betweenness.method).toBe('SAMPLED');
    expect(betweenness.exactMaxNodes).toBe(5);
    expect(betweenness.samples).toBe(6);
    expect(betweenness.epsilon).toBeGreaterThan(0);
    expect(betweenness.delta).toBe(0.05);
    expect(betweenness.note).toMatch(/^Estimated/);
  });
});
