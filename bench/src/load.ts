import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchDatabase } from './fixture';
import { figure, idPart, line, report, type Row } from './figures';
import { type ChildServer, startApiProcess, startBareProcess } from './load-servers';
import { type ClosedLoopRun, closedLoop } from './load/closed-loop';
import { coordinatorMix, idsOf, type Step } from './load/mix';
import { type OpenLoopRun, openLoop } from './load/open-loop';
import type { FailureTally, LatencyByOp } from './load/outcome';
import { logIn } from './load/sessions';
import { quantile } from './stats';

const CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 100);
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 30);
const CEILING_SECONDS = Math.min(SECONDS, 10);
/** At least this long before measuring: queries are compiled and caches warm. */
const WARM_UP_SECONDS = 3;
/** About 500 coordinators, each acting every 2 s on average. */
const OPEN_LOOP_PER_SECOND = Number(process.env.BENCH_LOAD_RATE ?? 250);
/** Logged-in sessions the open loop spreads its arrivals over (logins are scrypt-slow). */
const OPEN_LOOP_SESSIONS = Number(process.env.BENCH_LOAD_SESSIONS ?? 100);
/** Fixed, so every run sends the same arrival pattern. */
const OPEN_LOOP_SEED = Number(process.env.BENCH_LOAD_SEED ?? 18);
const SCHEMA = resolve(fileURLToPath(import.meta.url), '../../../schema.graphql');

/** The Apollo baseline: the cheapest operation there is, through the same server and session. */
const TRIVIAL: Step = { op: 'typename', body: () => ({ query: '{ __typename }' }) };

/**
 * Each run gets an API process of its own (started fresh, stopped after), so no run inherits
 * another's garbage, caches or busy machine, and `--cpu-prof` writes one profile per run.
 */
async function withApi<T>(
  fixture: BenchDatabase,
  run: (api: ChildServer) => Promise<T>,
): Promise<T> {
  const api = await startApiProcess(fixture.location);
  try {
    return await run(api);
  } finally {
    await api.stop();
  }
}

export async function benchLoad(fixture: BenchDatabase): Promise<void> {
  const ids = await idsOf(fixture.plain);
  const hasCandidates = /^\s+candidates\(/m.test(readFileSync(SCHEMA, 'utf8'));
  // BENCH_LOAD_SKIP="network graph" leaves operations out, to see what each costs the rest.
  const skipped = (process.env.BENCH_LOAD_SKIP ?? '').split(',');
  const steps = coordinatorMix(ids, hasCandidates).filter((step) => !skipped.includes(step.op));

  // Sessions live in the database: logged in once, they serve every run below.
  const cookies = await withApi(fixture, (api) =>
    logIn(api.url, Math.max(CONNECTIONS, OPEN_LOOP_SESSIONS)),
  );
  const open = await withApi(fixture, (api) =>
    openLoop(api.url, steps, cookies.slice(0, OPEN_LOOP_SESSIONS), {
      perSecond: OPEN_LOOP_PER_SECOND,
      seconds: SECONDS,
      warmUpSeconds: WARM_UP_SECONDS,
      seed: OPEN_LOOP_SEED,
      timeoutMs: 10_000,
    }),
  );
  const closedOptions = {
    connections: CONNECTIONS,
    seconds: SECONDS,
    warmUpSeconds: WARM_UP_SECONDS,
  };
  const closed = await withApi(fixture, (api) =>
    closedLoop(api.url, steps, cookies, closedOptions),
  );
  const trivial = await withApi(fixture, (api) =>
    closedLoop(api.url, [TRIVIAL], cookies, closedOptions),
  );
  const bare = await startBareProcess(Math.round(closed.bytesPerRequest));
  let ceiling: ClosedLoopRun;
  try {
    ceiling = await closedLoop(bare.url, steps, [''], {
      ...closedOptions,
      seconds: CEILING_SECONDS,
      warmUpSeconds: 1,
    });
  } finally {
    await bare.stop();
  }

  reportOpenLoop(open);
  reportClosedLoop(closed, trivial, ceiling);
  reportByOp(
    'Load: open loop, latency from due time by operation (p50 / p99)',
    'load.openLoop.op',
    steps,
    open.latencyByOp,
  );
  reportByOp(
    'Load: closed loop, latency by operation (p50 / p99)',
    'load.op',
    steps,
    closed.latencyByOp,
  );
  reportFailures('Load: open loop errors', 'load.openLoop.errors', open.failures);
  reportFailures('Load: closed loop errors', 'load.errors', closed.failures);
  reportFailures(
    'Load: Apollo { __typename } errors',
    'load.apolloTrivial.errors',
    trivial.failures,
  );
}

function reportOpenLoop(open: OpenLoopRun): void {
  const p = (q: number, name: string) =>
    figure(`load.openLoop.${name}`, quantile(open.latencies, q), 'ms');
  report(
    `Load: open loop, ${OPEN_LOOP_PER_SECOND} requests/s Poisson arrivals (seed ${OPEN_LOOP_SEED}) over ${OPEN_LOOP_SESSIONS} sessions, realistic mix, ${SECONDS} s after ${WARM_UP_SECONDS} s warm-up`,
    [
      [
        'arrivals in the window (offered rate)',
        line`${figure('load.openLoop.requests', open.due, 'count')} (${figure('load.openLoop.offeredRps', open.due / SECONDS, 'requests/s')})`,
      ],
      [
        'achieved rate (successful answers)',
        figure('load.openLoop.rps', open.answeredPerSecond, 'requests/s'),
      ],
      [
        'latency from due time p50 / p95 / p99',
        line`${p(0.5, 'p50Ms')} / ${p(0.95, 'p95Ms')} / ${p(0.99, 'p99Ms')}  (goal p99 ≤ 50 ms)`,
      ],
      ['errors', line`${figure('load.openLoop.errors', open.failures.total, 'count')}  (goal 0)`],
      [
        'errors due in the warm-up (not counted above)',
        figure('load.openLoop.warmUpErrors', open.warmUpFailures, 'count'),
      ],
      [
        'generator lateness, due → dispatched, p99 (part of the latency)',
        figure('load.openLoop.dispatchLagP99Ms', quantile(open.dispatchLags, 0.99), 'ms'),
      ],
      [
        'most requests in flight / connections opened',
        line`${figure('load.openLoop.mostInFlight', open.mostInFlight, 'count')} / ${figure('load.openLoop.connections', open.connectionsOpened, 'count')}`,
      ],
    ],
  );
}

function reportClosedLoop(
  closed: ClosedLoopRun,
  trivial: ClosedLoopRun,
  ceiling: ClosedLoopRun,
): void {
  const p = (q: number, name: string) =>
    figure(`load.closedLoop.${name}`, quantile(closed.latencies, q), 'ms');
  const shareOfTrivial = closed.requestsPerSecond / trivial.requestsPerSecond;
  const shareOfBare = closed.requestsPerSecond / ceiling.requestsPerSecond;
  report(
    `Load: closed loop, ${CONNECTIONS} connections that never pause, ${SECONDS} s (API in its own process)`,
    [
      [
        'realistic mix, throughput',
        figure('load.closedLoop.rps', closed.requestsPerSecond, 'requests/s'),
      ],
      [
        'realistic mix, latency p50 / p95 / p99',
        line`${p(0.5, 'p50Ms')} / ${p(0.95, 'p95Ms')} / ${p(0.99, 'p99Ms')}`,
      ],
      [
        'realistic mix, errors',
        line`${figure('load.closedLoop.errors', closed.failures.total, 'count')}  (goal 0)`,
      ],
      [
        'all connections answered after',
        figure('load.closedLoop.connectedAfterMs', closed.connectedAfterMs, 'ms'),
      ],
      [
        'mean response size',
        figure('load.closedLoop.responseKB', closed.bytesPerRequest / 1000, 'kB'),
      ],
      [
        `Apollo answering { __typename } with a session, ${SECONDS} s`,
        figure('load.apolloTrivial.rps', trivial.requestsPerSecond, 'requests/s'),
      ],
      [
        'share of Apollo { __typename }',
        line`${figure('load.closedLoop.shareOfApolloTrivial', shareOfTrivial * 100, '%')}  (goal ≥ 50 %)`,
      ],
      [
        `bare Node HTTP, same body size, ${CEILING_SECONDS} s`,
        figure('load.bare.rps', ceiling.requestsPerSecond, 'requests/s'),
      ],
      [
        'share of bare Node (for reference)',
        figure('load.closedLoop.shareOfBare', shareOfBare * 100, '%'),
      ],
    ],
  );
}

/** One row per operation, in the mix's order. */
function reportByOp(
  title: string,
  idPrefix: string,
  steps: readonly Step[],
  latencies: LatencyByOp,
): void {
  const measured = steps.flatMap(({ op }) => {
    const times = latencies.byOp.get(op);
    return times ? [[op, times] as const] : [];
  });
  const rows: Row[] = measured.map(([op, times]) => {
    const id = `${idPrefix}.${idPart(op)}`;
    return [
      op,
      line`${figure(`${id}.p50Ms`, quantile(times, 0.5), 'ms')} / ${figure(`${id}.p99Ms`, quantile(times, 0.99), 'ms')}  (${figure(`${id}.requests`, times.length, 'requests')})`,
    ];
  });
  report(title, rows);
}

function reportFailures(title: string, idPrefix: string, failures: FailureTally): void {
  if (!failures.byKey.size) return;
  report(
    title,
    [...failures.byKey].map(([key, n]) => [key, figure(`${idPrefix}.${idPart(key)}`, n, 'count')]),
  );
}
