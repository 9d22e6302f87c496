import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApi, TEST_PASSWORD, type GraphQLTestClient, type TestApi } from '../../testing/index';
import { computeMetricsInWorker } from './analytics-pool';
import type * as AnalyticsPool from './analytics-pool';
import { createBridgeNetwork, type BridgeNetworkIds } from './testing/bridge-network';

// Counts the jobs sent to the worker, still running them for real.
vi.mock('./analytics-pool', async (importOriginal) => {
  const original = await importOriginal<typeof AnalyticsPool>();
  return { ...original, computeMetricsInWorker: vi.fn(original.computeMetricsInWorker) };
});
const jobs = vi.mocked(computeMetricsInWorker);

const PLAIN = `query($filter: GraphFilter) { graph(filter: $filter) { nodes { id label } } }`;
const WITH_METRICS = `query($filter: GraphFilter) { graph(filter: $filter) { nodes { id ...M } } }
  fragment M on GraphNode { metrics { degree betweenness } }`;

let api: TestApi;
let coordinator: GraphQLTestClient;
let ids: BridgeNetworkIds;

beforeAll(async () => {
  api = await startTestApi();
  coordinator = await api.as('COORDINATOR');
  ids = await createBridgeNetwork(coordinator);
});
afterAll(() => api.stop());

describe('when metrics are computed', () => {
  it('computes nothing for a graph query that does not ask for metrics', async () => {
    jobs.mockClear();
    await coordinator.data(PLAIN);
    expect(jobs).not.toHaveBeenCalled();
  });

  it('computes once per view and serves repeats and equivalent filters from the cache', async () => {
    jobs.mockClear();
    await coordinator.data(WITH_METRICS, { filter: { sectors: ['PUBLIC', 'BUSINESS'] } });
    await coordinator.data(WITH_METRICS, { filter: { sectors: ['BUSINESS', 'PUBLIC'], crossSectorOnly: false } });
    await coordinator.data(`{ graphStats(filter: { sectors: [BUSINESS, PUBLIC] }) { nodeCount { value } } }`);
    expect(jobs).toHaveBeenCalledTimes(1);
    await coordinator.data(WITH_METRICS, { filter: { sectors: ['BUSINESS'] } });
    expect(jobs).toHaveBeenCalledTimes(2);
  });

  it("keeps one role's view apart from another's", async () => {
    // Logging in writes a session, which changes the data version: both log in first.
    const [first, second] = [await api.as('RESEARCHER'), await api.as('RESEARCHER')];
    jobs.mockClear();
    await coordinator.data(WITH_METRICS);
    await first.data(WITH_METRICS);
    await second.data(WITH_METRICS);
    // The coordinator's unfiltered view, and one shared by both researchers.
    expect(jobs).toHaveBeenCalledTimes(2);
  });

  it('computes nothing again after bookkeeping writes: a login, audit events of reads', async () => {
    await coordinator.data(WITH_METRICS);
    const { viewer } = await coordinator.data(`{ viewer { email } }`);
    jobs.mockClear();
    const again = api.anonymous();
    await again.login(viewer.email, TEST_PASSWORD);
    // The coordinator's graph names participants: each read writes audit events.
    await coordinator.data(WITH_METRICS);
    await again.data(WITH_METRICS);
    expect(jobs).not.toHaveBeenCalled();
  });

  it("computes nothing again after writes to a journey, which the graph does not read", async () => {
    await coordinator.data(WITH_METRICS);
    jobs.mockClear();
    await coordinator.data(`mutation($p: ID!) { addTalent(personId: $p, input: { name: "Sveising" }) { id } }`, { p: ids.ola });
    await coordinator.data(`mutation($p: ID!) { addGoal(personId: $p, input: { text: "Fagbrev i sveising" }) { id } }`, { p: ids.ola });
    const { graph } = await coordinator.data(WITH_METRICS);
    expect(jobs).not.toHaveBeenCalled();
    expect(graph.nodes.some((n: { id: string }) => n.id === ids.ola)).toBe(true);
  });

  it('computes again after a write to the graph', async () => {
    await coordinator.data(WITH_METRICS);
    jobs.mockClear();
    await coordinator.data(`mutation($i: CreateConnectionInput!) { createConnection(input: $i) { id } }`, {
      i: { personAId: ids.ola, personBId: ids.pia, kind: 'CONTACT' },
    });
    const { graph } = await coordinator.data(WITH_METRICS);
    expect(jobs).toHaveBeenCalledTimes(1);
    expect(graph.nodes.find((n: { id: string }) => n.id === ids.ola).metrics.degree).toBe(1);
  });
});
