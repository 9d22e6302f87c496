import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type GraphQLTestClient, type TestApi } from '../../testing/index';
import { createBridgeNetwork, type BridgeNetworkIds } from './testing/bridge-network';

const METRICS = `query($filter: GraphFilter) {
  graph(filter: $filter) {
    nodes {
      id label kind
      metrics {
        degree weightedDegree betweenness harmonicCloseness pagerank community constraint
        effectiveSize efficiency dominantBrokerageRole eiIndex twoStepReach clustering crossSectorShare
        brokerage { coordinator itinerant gatekeeperRepresentative liaison total }
      }
    }
  }
}`;

interface Metrics {
  degree: number;
  betweenness: number | null;
  pagerank: number | null;
  constraint: number | null;
  effectiveSize: number | null;
  dominantBrokerageRole: string | null;
  crossSectorShare: number | null;
  clustering: number | null;
  brokerage: { coordinator: number; itinerant: number; gatekeeperRepresentative: number; liaison: number; total: number };
}
type Node = { id: string; label: string; kind: string; metrics: Metrics };

let api: TestApi;
let coordinator: GraphQLTestClient;
let ids: BridgeNetworkIds;

async function nodes(client: GraphQLTestClient, filter?: Record<string, unknown>): Promise<Map<string, Node>> {
  const data = await client.data(METRICS, { filter });
  return new Map((data.graph.nodes as Node[]).map((n) => [n.id, n]));
}

beforeAll(async () => {
  api = await startTestApi();
  coordinator = await api.as('COORDINATOR');
  ids = await createBridgeNetwork(coordinator);
});
afterAll(() => api.stop());

describe('node metrics', () => {
  it('gives the bridge between the two clusters the highest betweenness', async () => {
    const byId = await nodes(coordinator);
    const bridge = byId.get(ids.bridge)!.metrics;
    for (const [id, node] of byId) if (id !== ids.bridge) expect(node.metrics.betweenness!).toBeLessThan(bridge.betweenness!);
    // Removing Brita splits 4 + 4 + Verksted + Pia: 33 of the 66 pairs of the 12 other nodes.
    expect(bridge.betweenness).toBeCloseTo(33 / 66, 12);
    expect(byId.get(ids.b2)!.metrics.betweenness).toBe(0);
  });

  it('finds the broker less constrained than someone inside a closed cluster', async () => {
    const byId = await nodes(coordinator);
    const bridge = byId.get(ids.bridge)!.metrics;
    const insider = byId.get(ids.b2)!.metrics;
    // Four contacts, none tied to another: Burt's constraint 4 × (1/4)² and effective size 4.
    expect(bridge.constraint).toBeCloseTo(0.25, 12);
    expect(bridge.effectiveSize).toBeCloseTo(4, 12);
    expect(insider.constraint!).toBeGreaterThan(bridge.constraint!);
    expect(insider.clustering).toBe(1);
  });

  it('counts the brokerage roles across sectors and names the dominant one', async () => {
    const bridge = (await nodes(coordinator)).get(ids.bridge)!.metrics;
    // Civil Brita between business (Bjørn, Verksted), public (Nina) and civil (Pia) contacts.
    expect(bridge.brokerage).toEqual({ coordinator: 0, itinerant: 1, gatekeeperRepresentative: 3, liaison: 2, total: 6 });
    expect(bridge.dominantBrokerageRole).toBe('GATEKEEPER_REPRESENTATIVE');
    expect(bridge.crossSectorShare).toBeCloseTo(3 / 4, 12);
    expect(bridge.degree).toBe(4);
  });

  it('answers null, not a number, where a metric is undefined', async () => {
    const ola = (await nodes(coordinator)).get(ids.ola)!.metrics;
    expect(ola.degree).toBe(0);
    expect(ola.constraint).toBeNull();
    expect(ola.effectiveSize).toBeNull();
    expect(ola.crossSectorShare).toBeNull();
  });

  it('computes metrics on the filtered graph the viewer is looking at', async () => {
    const connectionsOnly = await nodes(coordinator, { edgeKinds: ['CONNECTION'] });
    // Without affiliations Brita's tie to Verksted is gone.
    expect(connectionsOnly.get(ids.bridge)!.metrics.degree).toBe(3);
    const business = await nodes(coordinator, { sectors: ['BUSINESS'] });
    expect(business.has(ids.bridge)).toBe(false);
    expect(business.get(ids.b1)!.metrics.betweenness).toBe(0);
  });

  it('recomputes after a write', async () => {
    expect((await nodes(coordinator)).get(ids.ola)!.metrics.degree).toBe(0);
    await coordinator.data(`mutation($i: CreateConnectionInput!) { createConnection(input: $i) { id } }`, {
      i: { personAId: ids.ola, personBId: ids.n3, kind: 'CONTACT' },
    });
    const after = (await nodes(coordinator)).get(ids.ola)!.metrics;
    expect(after.degree).toBe(1);
    expect(after.constraint).toBe(1);
  });

  it("gives researchers metrics under the pseudonymous ids of their view", async () => {
    const researcher = await api.as('RESEARCHER');
    const byId = await nodes(researcher);
    expect(byId.has(ids.bridge)).toBe(false);
    const pia = [...byId.values()].find((n) => n.kind === 'PARTICIPANT')!;
    expect(pia.id).toMatch(/^R-[0-9A-F]{12}$/);
    expect(pia.metrics.degree).toBe(1);
    const brokers = [...byId.values()].sort((a, b) => b.metrics.betweenness! - a.metrics.betweenness!);
    expect(brokers[0]!.metrics.brokerage.total).toBe(6);
  });
});
