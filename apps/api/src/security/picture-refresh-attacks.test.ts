import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import pg from 'pg';
import { count, eq } from 'drizzle-orm';
import { schema, type DbHandle } from '@brobygger/db';
import { DEMO_PASSWORD } from '@brobygger/db/seed';
import type { Role } from '@brobygger/domain';
import type { OverviewLayout } from '@brobygger/graph';
import { loadEnv } from '../env';
import { ANALYTICS_TASKS } from '../modules/graph/analytics-tasks';
import { filterKey } from '../modules/graph/filter-key';
import { generationAt } from '../modules/graph/graph-cache';
import type { GraphFilterInput } from '../modules/graph/graph-types';
import { startPictureRefresh, type PictureRefresher } from '../modules/graph/picture-refresh';
import { makePseudonyms } from '../privacy/pseudonyms';
import { startTestApi } from '../testing/index';
import { startDemoViewers, type DemoViewers } from './demo-viewers';
import { COLUMNS, drawn, PICTURE, type Picture } from './picture-fixtures';

/**
 * Attacks on drawing pictures ahead (modules/graph/picture-refresh.ts): the server draws the
 * coordinators' and researchers' views in use with a system viewer, before anyone asks. Each
 * case asserts what an attacker (any role, or nobody) observes on a fresh server.
 */

const NEVER = 3_600_000;
const env = loadEnv({ NODE_ENV: 'test' });
/** A record's research pseudonym, as the researcher's graph names it. */
const pseudonymOfNetwork = makePseudonyms(env.PSEUDONYM_SECRET).research;

const numbersIn = (data: unknown): number[] => {
  const found: number[] = [];
  JSON.stringify(data ?? null, (_key, value: unknown) => {
    if (typeof value === 'number') found.push(value);
    return value;
  });
  return found;
};

/** Every unhandled rejection while `run` (and a short wait after it) goes on: what would crash a production process. */
async function unhandledDuring(run: () => Promise<void>, waitMs = 60): Promise<unknown[]> {
  const saved = process.listeners('unhandledRejection');
  process.removeAllListeners('unhandledRejection');
  const caught: unknown[] = [];
  const listener = (reason: unknown) => void caught.push(reason);
  process.on('unhandledRejection', listener);
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve, waitMs));
  } finally {
    process.off('unhandledRejection', listener);
    for (const l of saved) process.on('unhandledRejection', l);
  }
  return caught;
}

let demo: DemoViewers;
let refresher: PictureRefresher | undefined;
let now = 0;
beforeAll(async () => {
  demo = await startDemoViewers();
}, 120_000);
afterAll(() => demo.api.stop());
afterEach(() => {
  refresher?.stop();
  refresher = undefined;
  vi.restoreAllMocks();
});

const handle = () => demo.api.handle;
const read = async (role: Role, filter?: GraphFilterInput | Record<string, unknown>) =>
  (await demo.clients.get(role)!.data<{ compactGraph: Picture }>(PICTURE, { filter })).compactGraph;
const write = () => handle().transaction(() => Promise.resolve());
const coordinator = (query: string, variables: Record<string, unknown>) =>
  demo.clients.get('COORDINATOR')!.data(query, variables);

/** The picture this data version's cache holds for a role view and filter, if one was drawn. */
async function cachedPicture(
  viewKey: string,
  filter: GraphFilterInput | null | undefined,
): Promise<OverviewLayout | null | undefined> {
  const view = await generationAt(handle(), await handle().dataVersion()).views.get(
    `${viewKey}\u0000${filterKey(filter)}`,
  );
  return view?.picture ? await view.picture : undefined;
}
async function viewKeysNow(): Promise<string[]> {
  return [...generationAt(handle(), await handle().dataVersion()).views.keys()];
}

function startRefresher(): PictureRefresher {
  now = 0;
  refresher = startPictureRefresh(handle(), env, NEVER, () => now);
  return refresher;
}
/** Lets the newest data version hold for the quiet second, so the refresher draws it. */
async function settle(): Promise<void> {
  await refresher!.tick();
  now += 1_000;
  await refresher!.tick();
}

/** A session sent by hand (no client helpers), any body. */
async function rawClient(role: Role | null) {
  let cookie: string | undefined;
  if (role) {
    const login = await fetch(`${demo.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { user { id } } }',
        variables: { e: `${role.toLowerCase()}@example.org`, p: DEMO_PASSWORD },
      }),
    });
    cookie = login.headers.get('set-cookie')!.split(';', 1)[0];
  }
  return async (body: unknown) => {
    const response = await fetch(`${demo.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });
    return (await response.json()) as {
      data?: unknown;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
  };
}

describe('outsiders and pictures drawn ahead for coordinators and researchers', () => {
  it('nobody, a participant and an admin get no positions, even with the very filter a coordinator had drawn ahead', async () => {
    startRefresher();
    const coordinatorsOwn = await read('COORDINATOR');
    const network = coordinatorsOwn.nodeIds[coordinatorsOwn.nodeKinds.indexOf('NETWORK')]!;
    const filter: GraphFilterInput = { networkId: network, sectors: ['BUSINESS', 'CIVIL'] };
    await read('COORDINATOR', filter);
    await write();
    await settle();
    const ahead = await cachedPicture('COORDINATOR', filter);
    expect(ahead?.x.length).toBeGreaterThan(0);

    const shapes = [
      { query: PICTURE, variables: { filter } },
      {
        query: `query($f: GraphFilter) { a: compactGraph(filter: $f) { x: nodeX } ...F } fragment F on Query { b: compactGraph(filter: $f) { ... on CompactGraph { nodeY } } }`,
        variables: { f: filter },
      },
      {
        query: `{ __typename: compactGraph(filter: { sectors: [CIVIL, BUSINESS], networkId: "${network}" }) { nodeX } }`,
      },
      {
        query:
          'query A { __typename } query B($f: GraphFilter) { compactGraph(filter: $f) { nodeX nodeY } }',
        operationName: 'B',
        variables: { f: filter },
      },
    ];
    for (const [role, code] of [
      [null, 'UNAUTHENTICATED'],
      ['PARTICIPANT', 'FORBIDDEN'],
      ['ADMIN', 'FORBIDDEN'],
    ] as const) {
      const send = await rawClient(role);
      for (const shape of shapes) {
        const answer = await send(shape);
        expect(numbersIn(answer.data), `${role} ${shape.query}`).toEqual([]);
        expect(answer.errors?.map((e) => e.extensions?.code)).toContain(code);
      }
    }
  });

  it("an employer asking with a coordinator's drawn-ahead filter gets only the picture of its own view", async () => {
    startRefresher();
    const all = await read('COORDINATOR');
    const network = all.nodeIds[all.nodeKinds.indexOf('NETWORK')]!;
    const filters: GraphFilterInput[] = [
      {},
      { sectors: ['BUSINESS', 'PUBLIC'] },
      { networkId: network },
    ];
    for (const filter of filters) await read('COORDINATOR', filter);
    await write();
    await settle();
    const coordinatorPictures = await Promise.all(
      filters.map((f) => cachedPicture('COORDINATOR', f)),
    );
    expect(coordinatorPictures.every((p) => p && p.x.length > 0)).toBe(true);

    for (const [i, filter] of filters.entries()) {
      const employer = await demo.clients
        .get('EMPLOYER')!
        .data<{ a: Picture; b: Picture }>(
          `query($f: GraphFilter) { a: compactGraph(filter: $f) { ...C } b: compactGraph(filter: $f) { ... on CompactGraph { ${COLUMNS} nodeX nodeY } } } fragment C on CompactGraph { ${COLUMNS} nodeX nodeY }`,
          { f: filter },
        );
      const own = drawn(employer.a);
      if (!filter.networkId && !filter.sectors) expect(employer.a.nodeX?.length).toBeGreaterThan(0);
      expect({ x: employer.a.nodeX, y: employer.a.nodeY }, JSON.stringify(filter)).toEqual(
        own ? { x: own.x, y: own.y } : { x: null, y: null },
      );
      expect(employer.b.nodeX).toEqual(employer.a.nodeX);
      expect(employer.a.nodeIds).not.toEqual(all.nodeIds);
      if (employer.a.nodeX) expect(employer.a.nodeX).not.toEqual(coordinatorPictures[i]!.x);
    }
    // Nothing was drawn ahead for the employer's view, only for the coordinators'.
    expect(
      (await viewKeysNow()).filter(
        (key) => !key.startsWith('COORDINATOR') && !key.startsWith('EMPLOYER:'),
      ),
    ).toEqual([]);
  });

  it("a researcher asking with a coordinator's filter (real network id) is refused; the same filter without it gives the researcher's own view", async () => {
    startRefresher();
    const all = await read('COORDINATOR');
    const network = all.nodeIds[all.nodeKinds.indexOf('NETWORK')]!;
    await read('COORDINATOR', { networkId: network });
    await read('COORDINATOR', { sectors: ['CIVIL', 'PUBLIC'] });
    await write();
    await settle();
    const refused = await demo.clients
      .get('RESEARCHER')!
      .request(PICTURE, { filter: { networkId: network } });
    expect(numbersIn(refused.data)).toEqual([]);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const researcher = await read('RESEARCHER', { sectors: ['PUBLIC', 'CIVIL'] });
    const forbidden = await demo.forbiddenFor('RESEARCHER');
    expect(
      researcher.nodeIds.filter((id) => forbidden.has(id) || all.nodeIds.includes(id)),
    ).toEqual([]);
    expect(researcher.nodeX).toEqual(drawn(researcher)?.x ?? null);
    expect(researcher.nodeX).not.toEqual(
      (await cachedPicture('COORDINATOR', { sectors: ['CIVIL', 'PUBLIC'] }))!.x,
    );
  });
});

describe("the researchers' picture drawn ahead", () => {
  it('is of their own view: pseudonyms and sharing participants only, the positions their columns give', async () => {
    startRefresher();
    const before = await read('RESEARCHER');
    await write();
    await settle();
    // Drawn by the refresher, before any researcher asked at this version.
    const ahead = await cachedPicture('RESEARCHER', undefined);
    expect(ahead?.x.length).toBeGreaterThan(0);
    const after = await read('RESEARCHER');
    expect({ x: after.nodeX, y: after.nodeY }).toEqual({ x: ahead!.x, y: ahead!.y });
    expect({ x: after.nodeX, y: after.nodeY }).toEqual(drawn(after, before));
    const forbidden = await demo.forbiddenFor('RESEARCHER');
    expect([...after.nodeIds, ...after.edgeIds].filter((id) => forbidden.has(id))).toEqual([]);
    const sharing = new Set(demo.participants.filter((p) => p.shares).map((p) => p.research));
    const participants = after.nodeIds.filter((_id, i) => after.nodeKinds[i] === 'PARTICIPANT');
    expect(participants.length).toBeGreaterThan(0);
    expect(participants.every((id) => sharing.has(id))).toBe(true);
  });

  it('after a participant withdraws research consent, the next drawn-ahead picture carries no trace of their ties', async () => {
    const HUBS: GraphFilterInput = { nodeKinds: ['ORGANIZATION', 'NETWORK'] };
    startRefresher();
    const before = await read('RESEARCHER', HUBS);
    // A sharing participant, sole participant party to agreements joining organisations (ties between hubs).
    const parties = await handle().db.select().from(schema.agreementParties);
    const byAgreement = new Map<string, typeof parties>();
    for (const party of parties)
      (
        byAgreement.get(party.agreementId) ??
        byAgreement.set(party.agreementId, []).get(party.agreementId)!
      ).push(party);
    const participantIds = new Set(demo.participants.map((p) => p.id));
    const sharing = new Set(demo.participants.filter((p) => p.shares).map((p) => p.id));
    const score = new Map<string, number>();
    for (const list of byAgreement.values()) {
      const people = list.filter((party) => party.personId && participantIds.has(party.personId));
      if (people.length !== 1 || !sharing.has(people[0]!.personId!)) continue;
      if (list.filter((party) => party.organizationId).length < 2) continue;
      score.set(people[0]!.personId!, (score.get(people[0]!.personId!) ?? 0) + 1);
    }
    const withdrawing = [...score.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    await coordinator(
      `mutation($id: ID!) { updateConsent(personId: $id, input: { shareForResearch: false }) { id } }`,
      { id: withdrawing },
    );
    await settle();
    expect((await cachedPicture('RESEARCHER', HUBS))?.x.length).toBeGreaterThan(0);

    const after = await read('RESEARCHER', HUBS);
    expect(after.nodeIds).toEqual(before.nodeIds);
    expect(before.edgeIds.filter((id) => !after.edgeIds.includes(id)).length).toBeGreaterThan(0);
    expect({ x: after.nodeX, y: after.nodeY }).toEqual(drawn(after));
    expect(after.nodeX).not.toEqual(drawn(after, before)!.x);

    // Control: a change that leaves the view whole is drawn on from the last picture (so the check above can fail).
    await write();
    await settle();
    const again = await read('RESEARCHER', HUBS);
    expect({ x: again.nodeX, y: again.nodeY }).toEqual(drawn(again, after));
  });

  it('after a sharing participant is archived, the next drawn-ahead picture is drawn afresh without them', async () => {
    startRefresher();
    const before = await read('RESEARCHER');
    const candidate = demo.participants.find((p) => {
      const i = before.nodeIds.indexOf(p.research);
      return i >= 0 && before.edgeSources.some((s, e) => s === i || before.edgeTargets[e] === i);
    })!;
    expect(candidate).toBeDefined();
    await coordinator(`mutation($id: ID!) { archivePerson(id: $id) { id } }`, { id: candidate.id });
    await settle();
    expect((await cachedPicture('RESEARCHER', undefined))?.x.length).toBeGreaterThan(0);
    const after = await read('RESEARCHER');
    expect(after.nodeIds).not.toContain(candidate.research);
    expect({ x: after.nodeX, y: after.nodeY }).toEqual(drawn(after));
    await coordinator(`mutation($id: ID!) { restorePerson(id: $id) { id } }`, { id: candidate.id });
  });
});

describe('making the refresher work, throw or write', () => {
  it("forty views asked for by a researcher are drawn ahead at most four per version, and do not push the coordinators' out", async () => {
    startRefresher();
    const days = Array.from(
      { length: 40 },
      (_, i) => `20${20 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-15`,
    );
    for (const chunk of [days.slice(0, 20), days.slice(20)]) {
      await demo.clients
        .get('RESEARCHER')!
        .data(
          `{ ${chunk.map((day, i) => `d${i}: compactGraph(filter: { asOf: "${day}" }) { nodeX }`).join(' ')} }`,
        );
    }
    const spy = vi.spyOn(ANALYTICS_TASKS, 'overviewLayout');
    await write();
    await settle();
    const keys = await viewKeysNow();
    const researchers = keys.filter((key) => key.startsWith('RESEARCHER'));
    expect(researchers.length).toBeGreaterThan(0);
    expect(researchers.length).toBeLessThanOrEqual(4);
    expect(keys).toContain(`COORDINATOR\u0000{}`);
    expect(spy.mock.calls.length).toBeGreaterThan(1);
    // Four of the researcher's and the coordinators' opening view.
    expect(spy.mock.calls.length).toBeLessThanOrEqual(5);
    // The same version is not drawn twice.
    spy.mockClear();
    now += 60_000;
    await refresher!.tick();
    expect(spy).not.toHaveBeenCalled();
  });

  it('invalid, unknown and later archived network filters neither throw nor answer anything extra', async () => {
    startRefresher();
    const researcher = demo.clients.get('RESEARCHER')!;
    const columns = await read('RESEARCHER', { nodeKinds: ['NETWORK'] });
    const pseudonym = columns.nodeIds[0]!;
    const unknown = pseudonym.endsWith('0000') ? 'R-FFFFFFFFFFFF' : 'R-000000000000';
    expect(
      (await researcher.request(PICTURE, { filter: { networkId: 'net_does_not_exist' } }))
        .errors?.[0]?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
    const none = await read('RESEARCHER', { networkId: unknown });
    expect(none.nodeIds).toEqual([]);
    await read('RESEARCHER', { networkId: pseudonym });
    await read('COORDINATOR', { networkId: 'x'.repeat(5_000) });
    // Archive the network the researcher's filter names, then let the refresher draw.
    const networks = await handle().db.select({ id: schema.networks.id }).from(schema.networks);
    const real = networks.find((n) => pseudonym === pseudonymOfNetwork(n.id))?.id;
    expect(real).toBeDefined();
    await coordinator(`mutation($id: ID!) { archiveNetwork(id: $id) { id } }`, { id: real });
    const spy = vi.spyOn(console, 'error');
    const unhandled = await unhandledDuring(settle);
    expect(unhandled).toEqual([]);
    expect(spy).not.toHaveBeenCalled();
    const after = await researcher.request<{ compactGraph: Picture }>(PICTURE, {
      filter: { networkId: pseudonym },
    });
    expect(after.errors).toBeUndefined();
    expect(after.data!.compactGraph.nodeIds).toEqual([]);
    await coordinator(`mutation($id: ID!) { restoreNetwork(id: $id) { id } }`, { id: real });
  });

  it('a failing drawing is swallowed without a trace or a kept picture; the next request draws its own', async () => {
    startRefresher();
    await read('COORDINATOR', { sectors: ['PUBLIC'] });
    const secret = 'SQLITE_CORRUPT /srv/brobygger/data.db Kari Nordmann';
    const spy = vi.spyOn(ANALYTICS_TASKS, 'overviewLayout').mockImplementation(() => {
      throw new Error(secret);
    });
    await write();
    const unhandled = await unhandledDuring(settle);
    expect(spy).toHaveBeenCalled();
    expect(unhandled).toEqual([]);
    spy.mockRestore();
    expect(await cachedPicture('COORDINATOR', { sectors: ['PUBLIC'] })).toBeUndefined();
    const answer = await demo.clients
      .get('COORDINATOR')!
      .request<{ compactGraph: Picture }>(PICTURE, { filter: { sectors: ['PUBLIC'] } });
    expect(JSON.stringify(answer)).not.toMatch(/SQLITE|data\.db|Kari/);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.compactGraph.nodeX?.length).toBeGreaterThan(0);
  });

  it('a database that fails to answer (a pool timeout, a restart) does not crash the server through the timer', async () => {
    // The refresher's own check of the data version, as the interval and the start run it.
    const failing: DbHandle = Object.create(handle(), {
      dataVersion: {
        value: () => Promise.reject(new Error('timeout exceeded when trying to connect')),
      },
    }) as DbHandle;
    let started: PictureRefresher | undefined;
    const unhandled = await unhandledDuring(async () => {
      started = startPictureRefresh(failing, env, 10);
      await new Promise((resolve) => setTimeout(resolve, 50));
      started.stop();
    });
    // Node's default for an unhandled rejection is to end the process: the whole API goes down.
    expect(unhandled.map(String)).toEqual([]);
    const again = startPictureRefresh(failing, env, NEVER);
    again.stop();
    await expect(again.tick(true)).resolves.toBeUndefined();
  });

  it('writes no audit event or session, and does not change the data version (so it never redraws itself)', async () => {
    const counts = async () => {
      const [audit] = await handle().db.select({ n: count() }).from(schema.auditEvents);
      const [sessions] = await handle().db.select({ n: count() }).from(schema.sessions);
      const [version] = await handle()
        .db.select({ v: schema.meta.value })
        .from(schema.meta)
        .where(eq(schema.meta.key, 'data_version'));
      return { audit: audit!.n, sessions: sessions!.n, version: version!.v };
    };
    startRefresher();
    await read('COORDINATOR');
    await read('RESEARCHER');
    await read('COORDINATOR', { nodeKinds: ['PARTICIPANT', 'ORGANIZATION'] });
    await write();
    const before = await counts();
    const spy = vi.spyOn(ANALYTICS_TASKS, 'overviewLayout');
    await settle();
    expect(spy.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(await counts()).toEqual(before);
    const systemRows = await handle().db.select().from(schema.auditEvents);
    expect(JSON.stringify(systemRows)).not.toMatch(/system:picture-refresh/);
    spy.mockClear();
    now += 5_000;
    await refresher!.tick();
    await refresher!.tick(true);
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('the database going away under a running server (PostgreSQL)', () => {
  it.skipIf(!process.env.DATABASE_URL)(
    'a database that refuses connections for a moment does not crash the API process',
    async () => {
      const api = await startTestApi({ env: { GRAPH_PICTURE_REFRESH_MS: '20' } });
      const name = new URL(api.database.url!).pathname.slice(1);
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      try {
        const unhandled = await unhandledDuring(async () => {
          // What a restart or failover looks like to the pool: its connections end, new ones are refused.
          await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
          await admin.query(
            'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1',
            [name],
          );
          await new Promise((resolve) => setTimeout(resolve, 300));
          await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);
        }, 100);
        expect(unhandled.map(String)).toEqual([]);
      } finally {
        await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`).catch(() => undefined);
        await admin.end();
        await api.stop();
      }
    },
  );
});

describe('the process after stop', () => {
  it("the server's refresher timer is cleared by app.stop() and does not hold the process", async () => {
    const created: NodeJS.Timeout[] = [];
    const real = globalThis.setInterval;
    const spy = vi
      .spyOn(globalThis, 'setInterval')
      .mockImplementation((fn: () => void, ms?: number) => {
        const timer = real(fn, ms);
        created.push(timer);
        return timer;
      });
    const api = await startTestApi({ env: { GRAPH_PICTURE_REFRESH_MS: '10' } });
    spy.mockRestore();
    const versions = vi.spyOn(api.handle, 'dataVersion');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(versions).toHaveBeenCalled();
    expect(created.length).toBeGreaterThan(0);
    const unhandled = await unhandledDuring(async () => {
      await api.stop();
      versions.mockClear();
    }, 80);
    expect(unhandled).toEqual([]);
    expect(versions).not.toHaveBeenCalled();
    for (const timer of created) {
      expect(timer.hasRef()).toBe(false);
      expect((timer as unknown as { _destroyed: boolean })._destroyed).toBe(true);
    }
  });
});
