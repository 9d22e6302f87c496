import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { BenchDatabase } from './fixture';
import { loggedInClient } from './api-client';
import { figure, idPart, line, report } from './figures';
import { startApiProcess, startBareProcess } from './load-servers';
import type { PlainDatabase } from './plain/index';
import { quantile } from './stats';

const CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 100);
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 30);
const CEILING_SECONDS = Math.min(SECONDS, 10);
/** At least this long before measuring: queries are compiled and caches warm. */
const WARM_UP_SECONDS = 3;
const SCHEMA = resolve(fileURLToPath(import.meta.url), '../../../schema.graphql');

interface Ids {
  people: string[];
  agreements: string[];
  networks: string[];
  business: string[];
  public: string[];
}

/** Ids the mix picks from; random() orders rows on either dialect. */
async function idsOf(plain: PlainDatabase): Promise<Ids> {
  const ids = async (statement: string) => (await plain.rows<{ id: string }>(statement)).map((row) => row.id);
  return {
    people: await ids(`SELECT id FROM people ORDER BY random() LIMIT 2000`),
    agreements: await ids(`SELECT id FROM agreements ORDER BY random() LIMIT 2000`),
    networks: await ids(`SELECT id FROM networks`),
    business: await ids(`SELECT id FROM organizations WHERE sector = 'BUSINESS' LIMIT 200`),
    public: await ids(`SELECT id FROM organizations WHERE sector = 'PUBLIC' LIMIT 200`),
  };
}

interface Context {
  cookie?: string;
  agreementId?: string;
  sentAt?: number;
}

interface Step {
  op: string;
  body(ctx: Context): { query: string; variables?: Record<string, unknown> };
  /** Keeps what a later step needs (the agreement just created). */
  after?(ctx: Context, data: Record<string, unknown>): void;
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

/**
 * What a coordinator's browser sends in a working session: lists, detail pages, the graph of
 * one network, a candidate search, and a lifecycle move (a draft agreement, then proposed).
 */
function coordinatorMix(ids: Ids, hasCandidates: boolean): Step[] {
  const steps: Step[] = [
    {
      op: 'people list',
      body: () => ({ query: `{ people(first: 20) { totalCount nodes { id name sector organization { id name } } pageInfo { hasNextPage endCursor } } }` }),
    },
    {
      op: 'person detail',
      body: () => ({
        query: `query($id: ID!) { person(id: $id) { id name title sector organization { id name } connections { id kind strength } agreements { id title status } } }`,
        variables: { id: pick(ids.people) },
      }),
    },
    {
      op: 'organizations list',
      body: () => ({ query: `{ organizations(first: 20) { totalCount nodes { id name sector kind municipalityName } } }` }),
    },
    {
      op: 'agreements list',
      body: () => ({ query: `{ agreements(first: 20) { totalCount nodes { id title kind status threeSector sectors } } }` }),
    },
    {
      op: 'agreement detail',
      body: () => ({
        query: `query($id: ID!) { agreement(id: $id) { id title status kind goals startDate endDate threeSector parties { id name role sector signedAt } allowedMoves { move allowed reason } } }`,
        variables: { id: pick(ids.agreements) },
      }),
    },
    {
      op: 'network graph',
      body: () => ({
        query: `query($f: GraphFilter) { graph(filter: $f) { nodes { id label kind sector } edges { id source target kind crossSector } } }`,
        variables: { f: { networkId: pick(ids.networks) } },
      }),
    },
    {
      op: 'create draft agreement',
      body: () => ({
        query: `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { id status } }`,
        variables: {
          input: {
            title: 'Arbeidstrening (last)',
            kind: 'WORK_TRIAL',
            parties: [
              { organizationId: pick(ids.business), role: 'EMPLOYER' },
              { organizationId: pick(ids.public), role: 'PUBLIC_PARTNER' },
            ],
          },
        },
      }),
      after: (ctx, data) => {
        ctx.agreementId = (data.createAgreement as { id: string } | undefined)?.id;
      },
    },
    {
      op: 'propose agreement',
      body: (ctx) => ({
        query: `mutation($id: ID!) { proposeAgreement(id: $id) { id status } }`,
        variables: { id: ctx.agreementId ?? '' },
      }),
    },
  ];
  if (hasCandidates) {
    steps.splice(6, 0, {
      op: 'candidate search',
      body: () => ({
        query: `query($f: CandidateFilter) { candidates(first: 20, filter: $f) { totalCount nodes { id talents { name } } } }`,
        variables: { f: { search: pick(['sveis', 'truck', 'regnskap', 'kokk', 'lager', 'barn']) } },
      }),
    });
  }
  return steps;
}

interface Run {
  requestsPerSecond: number;
  latencies: number[];
  bytesPerRequest: number;
  errors: number;
  byOp: Map<string, number[]>;
  graphqlErrors: Map<string, number>;
  /** How long until every connection had its first answer (the measured window starts then). */
  connectedAfterMs: number;
}

/**
 * Drives `CONNECTIONS` keep-alive connections through the steps and measures a window of
 * `seconds` that starts once every connection has been answered at least once and `warmUp`
 * seconds have passed: the steady state of coordinators already at work. (A server that is
 * busy accepts one new connection per turn of its event loop, so opening all of them at once
 * says more about the ramp than about serving; how long the ramp took is reported beside.)
 */
async function cannon(url: string, steps: Step[], cookies: string[], seconds: number, warmUp: number): Promise<Run> {
  const latencies: number[] = [];
  const byOp = new Map<string, number[]>();
  const graphqlErrors = new Map<string, number>();
  const started = performance.now();
  let windowStart = Infinity;
  let windowEnd = Infinity;
  let answeredBytes = 0;
  const inWindow = (sentAt: number) => sentAt >= windowStart && performance.now() <= windowEnd;
  const count = (key: string) => graphqlErrors.set(key, (graphqlErrors.get(key) ?? 0) + 1);
  let nextCookie = 0;
  const requests = steps.map((step) => ({
    method: 'POST' as const,
    path: '/graphql',
    setupRequest: (request: autocannon.Request, context: object) => {
      const ctx = context as Context;
      ctx.cookie ??= cookies[nextCookie++ % cookies.length];
      ctx.sentAt = performance.now();
      return {
        ...request,
        headers: { 'content-type': 'application/json', cookie: ctx.cookie ?? '' },
        body: JSON.stringify(step.body(ctx)),
      };
    },
    onResponse: (status: number, body: string, context: object) => {
      const ctx = context as Context;
      const sentAt = ctx.sentAt ?? 0;
      const failed = status !== 200 || body.includes('"errors"');
      if (!failed) {
        try {
          step.after?.(ctx, (JSON.parse(body) as { data: Record<string, unknown> }).data);
        } catch {
          // a ceiling answer has no data
        }
      }
      if (!inWindow(sentAt)) return;
      const took = performance.now() - sentAt;
      latencies.push(took);
      answeredBytes += Buffer.byteLength(body);
      (byOp.get(step.op) ?? byOp.set(step.op, []).get(step.op)!).push(took);
      if (failed) count(`${step.op}: ${/"code":"([A-Z_]+)"/.exec(body)?.[1] ?? `HTTP ${status}`}`);
    },
  }));
  const answered = new Set<unknown>();
  await new Promise<void>((done, fail) => {
    const instance = autocannon(
      // The duration is an upper bound: the run is stopped when the window closes.
      { url, connections: CONNECTIONS, duration: warmUp + seconds + 600, requests, timeout: 10 },
      (error) => (error ? fail(error instanceof Error ? error : new Error(String(error))) : done()),
    );
    instance.on('response', (client) => {
      if (windowStart !== Infinity) return;
      answered.add(client);
      const now = performance.now();
      if (answered.size === CONNECTIONS && now - started >= warmUp * 1000) {
        windowStart = now;
        windowEnd = now + seconds * 1000;
        setTimeout(() => instance.stop(), seconds * 1000);
      }
    });
    instance.on('reqError', (error: Error) => {
      if (performance.now() >= windowStart && performance.now() <= windowEnd) count(`connection: ${error.message}`);
    });
  });
  const errors = [...graphqlErrors.values()].reduce((a, b) => a + b, 0);
  return {
    requestsPerSecond: latencies.length / seconds,
    latencies,
    bytesPerRequest: answeredBytes / Math.max(1, latencies.length),
    errors,
    byOp,
    graphqlErrors,
    connectedAfterMs: windowStart - started,
  };
}

/** `CONNECTIONS` coordinators, each with a session of their own (logins are scrypt-slow: 4 at a time). */
async function sessions(url: string): Promise<string[]> {
  const cookies: string[] = [];
  for (let i = 0; i < CONNECTIONS; i += 4) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(4, CONNECTIONS - i) }, () => loggedInClient(url)),
    );
    cookies.push(...batch.map((client) => client.cookie()));
  }
  return cookies;
}

export async function benchLoad(fixture: BenchDatabase): Promise<void> {
  const ids = await idsOf(fixture.plain);
  const hasCandidates = /^\s+candidates\(/m.test(readFileSync(SCHEMA, 'utf8'));
  // BENCH_LOAD_SKIP="network graph" leaves operations out, to see what each costs the rest.
  const skipped = (process.env.BENCH_LOAD_SKIP ?? '').split(',');
  const steps = coordinatorMix(ids, hasCandidates).filter((step) => !skipped.includes(step.op));
  const api = await startApiProcess(fixture.location);
  let brobygger: Run;
  try {
    const cookies = await sessions(api.url);
    brobygger = await cannon(api.url, steps, cookies, SECONDS, WARM_UP_SECONDS);
  } finally {
    await api.stop();
  }
  const bare = await startBareProcess(Math.round(brobygger.bytesPerRequest));
  let ceiling: Run;
  try {
    ceiling = await cannon(bare.url, steps, [''], CEILING_SECONDS, 1);
  } finally {
    await bare.stop();
  }

  const p = (q: number, name: string) => figure(`load.closedLoop.${name}`, quantile(brobygger.latencies, q), 'ms');
  const share = brobygger.requestsPerSecond / ceiling.requestsPerSecond;
  report(`Load: ${CONNECTIONS} coordinators, realistic mix, ${SECONDS} s (API in its own process, closed loop)`, [
    ['throughput', figure('load.closedLoop.rps', brobygger.requestsPerSecond, 'requests/s')],
    ['latency p50 / p95 / p99', line`${p(0.5, 'p50Ms')} / ${p(0.95, 'p95Ms')} / ${p(0.99, 'p99Ms')}  (goal p99 ≤ 50 ms)`],
    ['errors', line`${figure('load.closedLoop.errors', brobygger.errors, 'count')}  (goal 0)`],
    ['all coordinators connected and answered after', figure('load.closedLoop.connectedAfterMs', brobygger.connectedAfterMs, 'ms')],
    ['mean response size', figure('load.closedLoop.responseKB', brobygger.bytesPerRequest / 1000, 'kB')],
    [`ceiling: bare Node HTTP, same body size, ${CEILING_SECONDS} s`, figure('load.bare.rps', ceiling.requestsPerSecond, 'requests/s')],
    ['share of the ceiling', line`${figure('load.closedLoop.shareOfBare', share * 100, '%')}  (goal ≥ 40 %)`],
  ]);
  report(
    'Load: latency by operation (p50 / p99)',
    [...brobygger.byOp].map(([op, times]) => {
      const id = `load.op.${idPart(op)}`;
      return [
        op,
        line`${figure(`${id}.p50Ms`, quantile(times, 0.5), 'ms')} / ${figure(`${id}.p99Ms`, quantile(times, 0.99), 'ms')}  (${figure(`${id}.requests`, times.length, 'requests')})`,
      ];
    }),
  );
  if (brobygger.graphqlErrors.size)
    report('Load: errors', [...brobygger.graphqlErrors].map(([key, n]) => [key, figure(`load.errors.${idPart(key)}`, n, 'count')]));
}
