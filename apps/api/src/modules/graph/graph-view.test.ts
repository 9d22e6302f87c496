import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApi, type GraphQLTestClient, type TestApi } from '../../testing/index';
import { analyticsPoolState, runAnalyticsJob, stopMetricsWorker } from './analytics-pool';
import { metricsFor } from './graph-metrics';
import type * as GraphMetrics from './graph-metrics';
import { createBridgeNetwork, type BridgeNetworkIds } from './testing/bridge-network';
import { SLOW_METRICS_JOB, SMALL_METRICS_JOB } from './testing/random-graph';

/**
 * How graph-view.ts hands nodes their metrics (withMetricsIfSelected): the view's metrics are
 * asked for once per request and view, however many nodes, fields and fragments select them,
 * and when they cannot be computed the field fails once — not once for every node.
 */

// Counts how often the view's metrics are asked for, still computing them for real.
vi.mock('./graph-metrics', async (importOriginal) => {
  const original = await importOriginal<typeof GraphMetrics>();
  return { ...original, metricsFor: vi.fn(original.metricsFor) };
});
const asked = vi.mocked(metricsFor);

let api: TestApi;
let coordinator: GraphQLTestClient;
let ids: BridgeNetworkIds;

beforeAll(async () => {
  // One worker and two waiting jobs per viewer, set here rather than left to the defaults: three jobs fill it.
  api = await startTestApi({ env: { ANALYTICS_WORKERS: '1', ANALYTICS_QUEUE_PER_VIEWER: '2' } });
  coordinator = await api.as('COORDINATOR');
  ids = await createBridgeNetwork(coordinator);
});
afterAll(async () => {
  // The pool is this process's, shared by the server and the jobs held here: no worker outlives
  // the file. Its bounds came from this server's environment; the next server sets its own.
  await stopMetricsWorker();
  await api.stop();
});

describe('the metrics of a graph view', () => {
  it('are asked for once per request and view, however many nodes, fields and fragments select them', async () => {
    const { graph } = await coordinator.data(`{ graph { nodes { id } } }`);
    expect(graph.nodes.length).toBeGreaterThan(10);

    // Two fields of the same view (their filters are equal once made canonical) and a bridge
    // path through it, selecting the metrics directly and through a fragment.
    asked.mockClear();
    const data = await coordinator.data(
      `query($from: ID!, $to: ID!) {
        a: graph(filter: { sectors: [PUBLIC, BUSINESS, CIVIL] }) { nodes { id metrics { degree betweenness } } }
        b: graph(filter: { sectors: [CIVIL, BUSINESS, PUBLIC] }) { nodes { id ...M } }
        bridgePath(from: $from, to: $to, filter: { sectors: [BUSINESS, CIVIL, PUBLIC] }) { nodes { id ...M } }
      }
      fragment M on GraphNode { metrics { degree betweenness } }`,
      { from: ids.b1, to: ids.n1 },
    );
    expect(asked).toHaveBeenCalledTimes(1);
    // Every node has its own metrics: the one answer was shared out, not copied from one node.
    const degree = (id: string) => data.a.nodes.find((node: { id: string }) => node.id === id).metrics.degree;
    expect(degree(ids.bridge)).toBe(4);
    expect(degree(ids.ola)).toBe(0);
    expect(data.b.nodes).toEqual(data.a.nodes);
    expect(data.bridgePath.nodes.map((node: { id: string }) => node.id)).toEqual([ids.b1, ids.bridge, ids.n1]);

    // Two different views are two askings, one each.
    asked.mockClear();
    await coordinator.data(`{
      all: graph { nodes { id metrics { degree betweenness } } }
      business: graph(filter: { sectors: [BUSINESS] }) { nodes { id ...M } }
    }
    fragment M on GraphNode { metrics { degree betweenness } }`);
    expect(asked).toHaveBeenCalledTimes(2);

    // Nodes that do not select them ask for nothing.
    asked.mockClear();
    await coordinator.data(`{ graph { nodes { id label } } }`);
    expect(asked).not.toHaveBeenCalled();
  });

  it('fail the graph field once when the pool refuses them; without metrics the same graph is answered', async () => {
    const { viewer } = await coordinator.data(`{ viewer { id } }`);
    // A view no other test asks the metrics of: computed metrics are kept, and kept ones need no worker.
    const query = (selection: string) => `{ graph(filter: { sectors: [PUBLIC, CIVIL] }) { nodes { ${selection} } } }`;
    // The one worker busy for seconds, and both of the coordinator's places in the queue
    // taken: the request's metrics job is refused at once (TOO_MANY_JOBS, reason VIEWER).
    const holding = [new AbortController(), new AbortController(), new AbortController()];
    const jobs = [
      runAnalyticsJob('metrics', SLOW_METRICS_JOB, { signal: holding[0]!.signal }),
      runAnalyticsJob('metrics', SMALL_METRICS_JOB, { viewerKey: viewer.id, signal: holding[1]!.signal }),
      runAnalyticsJob('metrics', SMALL_METRICS_JOB, { viewerKey: viewer.id, signal: holding[2]!.signal }),
    ].map((job) => job.catch(() => undefined));
    try {
      expect(analyticsPoolState()).toMatchObject({ busy: 1, queued: 2, queuedByViewer: { [viewer.id]: 2 } });

      const refused = await coordinator.request(query('id metrics { degree }'));
      // One error for the field, not one for each of its nodes; `graph` is non-null, so no data.
      expect(refused.errors).toHaveLength(1);
      expect(refused.errors![0]).toMatchObject({ path: ['graph'], extensions: { code: 'TOO_MANY_JOBS', reason: 'VIEWER' } });
      expect(refused.data).toBeNull();

      // Nothing is computed when nothing asks for metrics, so a full pool is no reason to refuse.
      const plain = await coordinator.request(query('id label'));
      expect(plain.errors).toBeUndefined();
      expect(plain.data?.graph).toMatchObject({ nodes: expect.arrayContaining([expect.objectContaining({ id: ids.bridge })]) });
      // Still full: the refusal above was the pool's, not a worker that had come free.
      expect(analyticsPoolState()).toMatchObject({ busy: 1, queued: 2 });
    } finally {
      for (const controller of holding) controller.abort(new Error('test over'));
      await Promise.all(jobs);
    }

    // A refused computation is not kept: once the pool has room, the same view's metrics come.
    const { graph } = await coordinator.data(query('id metrics { degree }'));
    // Brita's ties to Nina (public) and Pia (civil); Bjørn and Verksted AS are business, outside the view.
    expect(graph.nodes.find((node: { id: string }) => node.id === ids.bridge).metrics.degree).toBe(2);
  }, 30_000);
});
