import { afterAll, describe, expect, it } from 'vitest';
import { overviewLayout } from '@brobygger/graph';
import { analyticsPoolState, configureAnalyticsPool, runAnalyticsJob, shareAnalyticsJob, stopMetricsWorker } from '../modules/graph/analytics-pool';
import { SLOW_METRICS_JOB, SMALL_METRICS_JOB } from '../modules/graph/testing/random-graph';

/**
 * The analytics pool under a flood of jobs (modules/graph/analytics-pool.ts): a viewer with two
 * jobs waiting is refused a third, the pool refuses past its own bound, and a cancelled request's
 * job stops — dropped from the queue, or its worker ended mid-computation.
 */

const settled = <T,>(promise: Promise<T>) =>
  promise.then(
    (value) => ({ ok: true as const, value, at: performance.now() }),
    (error: unknown) => ({ ok: false as const, error: error as { extensions?: Record<string, unknown> }, at: performance.now() }),
  );

afterAll(() => stopMetricsWorker());

describe('the analytics queue', () => {
  it("draws a view's picture in a worker exactly as on the request thread", async () => {
    configureAnalyticsPool({ workers: 1, queuePerViewer: 2, queueMax: 3 });
    const n = 400;
    const input = {
      hub: Array.from({ length: n }, (_, i) => i % 20 === 0),
      sources: Array.from({ length: n }, (_, i) => i),
      targets: Array.from({ length: n }, (_, i) => (i % 20 === 0 ? (i + 20) % n : i - (i % 20))),
      anchoring: Array.from({ length: n }, (_, i) => i % 20 !== 0),
    };
    const inWorker = await runAnalyticsJob('overviewLayout', input, { viewerKey: 'viewer-0' });
    expect(inWorker).toEqual(overviewLayout(input));
    expect(inWorker?.x).toHaveLength(n);
  });

  it('refuses a viewer a third waiting job and everyone past the pool’s bound; a cancelled request stops its job', async () => {
    configureAnalyticsPool({ workers: 1, queuePerViewer: 2, queueMax: 3 });
    const running = new AbortController();
    const waiting = new AbortController();
    const slow = settled(runAnalyticsJob('metrics', SLOW_METRICS_JOB, { viewerKey: 'viewer-1', signal: running.signal }));
    const second = settled(runAnalyticsJob('metrics', SMALL_METRICS_JOB, { viewerKey: 'viewer-1', signal: waiting.signal }));
    const third = settled(runAnalyticsJob('metrics', SMALL_METRICS_JOB, { viewerKey: 'viewer-1' }));
    expect(analyticsPoolState()).toMatchObject({ busy: 1, queued: 2, queuedByViewer: { 'viewer-1': 2 } });

    const refused = await settled(runAnalyticsJob('metrics', SMALL_METRICS_JOB, { viewerKey: 'viewer-1' }));
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.extensions).toMatchObject({ code: 'TOO_MANY_JOBS', reason: 'VIEWER', params: { max: 2 } });

    const other = settled(runAnalyticsJob('metrics', SMALL_METRICS_JOB, { viewerKey: 'viewer-2' }));
    const full = await settled(runAnalyticsJob('metrics', SMALL_METRICS_JOB, { viewerKey: 'viewer-3' }));
    expect(!full.ok && full.error.extensions).toMatchObject({ code: 'TOO_MANY_JOBS', reason: 'SERVER' });

    // A waiting job whose request is cancelled leaves the queue at once, with the request's reason.
    waiting.abort(new Error('deadline'));
    expect(await second).toMatchObject({ ok: false, error: { message: 'deadline' } });
    expect(analyticsPoolState()).toMatchObject({ queued: 2, queuedByViewer: { 'viewer-1': 1, 'viewer-2': 1 } });

    // The running job's worker is ended: the jobs behind it finish long before it would have.
    const cancelledAt = performance.now();
    running.abort(new Error('deadline'));
    const [slowResult, thirdResult, otherResult] = await Promise.all([slow, third, other]);
    expect(slowResult.ok).toBe(false);
    expect(slowResult.at - cancelledAt).toBeLessThan(50);
    expect(thirdResult.ok && Object.keys(thirdResult.value.nodes)).toHaveLength(30);
    expect(otherResult.ok).toBe(true);
    // Exact betweenness on 8,000 nodes takes about six seconds here; a fresh worker and two small jobs take far less.
    expect(otherResult.at - cancelledAt).toBeLessThan(3_000);
    expect(analyticsPoolState()).toMatchObject({ busy: 0, queued: 0, queuedByViewer: {} });
  }, 30_000);

  it('keeps a shared job while any request still waits for it', async () => {
    configureAnalyticsPool({ workers: 1, queuePerViewer: 2, queueMax: 4 });
    const blocker = new AbortController();
    const blocking = settled(runAnalyticsJob('metrics', SLOW_METRICS_JOB, { signal: blocker.signal }));
    const first = new AbortController();
    const second = new AbortController();
    const shared = runAnalyticsJob('metrics', SMALL_METRICS_JOB, { signal: first.signal });
    shareAnalyticsJob(shared, second.signal);
    const outcome = settled(shared);
    first.abort(new Error('first request gone'));
    expect(analyticsPoolState().queued).toBe(1);
    blocker.abort(new Error('done blocking'));
    expect((await blocking).ok).toBe(false);
    expect((await outcome).ok).toBe(true);

    // Cancelled only once the last request waiting for it is: mid-computation, with that request's reason.
    const third = new AbortController();
    const fourth = new AbortController();
    const job = runAnalyticsJob('metrics', SLOW_METRICS_JOB, { signal: third.signal });
    shareAnalyticsJob(job, fourth.signal);
    const again = settled(job);
    third.abort(new Error('third gone'));
    expect(analyticsPoolState().busy).toBe(1);
    fourth.abort(new Error('fourth gone'));
    expect(await again).toMatchObject({ ok: false, error: { message: 'fourth gone' } });
    expect(analyticsPoolState()).toMatchObject({ busy: 0, queued: 0 });
  }, 30_000);
});
