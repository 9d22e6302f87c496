import { describe, expect, it, vi } from 'vitest';
import pg from 'pg';
import { count } from 'drizzle-orm';
import { schema, type DbHandle } from '@brobygger/db';
import { ANALYTICS_TASKS } from '../modules/graph/analytics-tasks';
import { startPictureRefresh, type PictureRefresher } from '../modules/graph/picture-refresh';
import { makePseudonyms } from '../privacy/pseudonyms';
import { startTestApi } from '../testing/index';
import { PICTURE, type Picture } from './picture-fixtures';
import { env, NEVER, unhandledDuring, useDrawingAhead } from './picture-refresh-fixture';

/**
 * Attacks on drawing pictures ahead (modules/graph/picture-refresh.ts) by making it work, throw
 * or write: bounded work, failures that neither crash the process nor leak, no writes of its
 * own, nothing left running after the server stops.
 */

/** A record's research pseudonym, as the researcher's graph names it. */
const pseudonymOfNetwork = makePseudonyms(env.PSEUDONYM_SECRET).research;
const drawing = useDrawingAhead();
const { read, write, coordinator, cachedPicture, cachedPictureByKey, viewKeysNow, settle, handle } = drawing;

describe('making the refresher work, throw or write', () => {
  it("forty views asked for by a researcher are drawn ahead at most four per version, and do not push the coordinators' out", async () => {
    drawing.start();
    const days = Array.from(
      { length: 40 },
      (_, i) => `20${20 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-15`,
    );
    for (const chunk of [days.slice(0, 20), days.slice(20)]) {
      await drawing.demo.clients
        .get('RESEARCHER')!
        .data(
          `{ ${chunk.map((day, i) => `d${i}: compactGraph(filter: { asOf: "${day}" }) { nodeX }`).join(' ')} }`,
        );
    }
    const spy = vi.spyOn(ANALYTICS_TASKS, 'overviewLayout');
    await write();
    await settle();
    const keys = await viewKeysNow();
    const researchers = keys.filter((key) => key.startsWith('RESEARCHER') && key !== `RESEARCHER\u0000{}`);
    expect(researchers.length).toBeGreaterThan(0);
    expect(researchers.length).toBeLessThanOrEqual(4);
    expect(keys).toContain(`COORDINATOR\u0000{}`);
    // Each view held is drawn for the new version: the coordinators' anew (the new organisation
    // is in it), the researcher's days cut from the researcher's whole map, drawn for them.
    for (const key of researchers) expect((await cachedPictureByKey(key))?.x.length).toBeGreaterThan(0);
    expect(spy).toHaveBeenCalled();
    // Two drawings: the coordinators' opening view and the researcher's whole map.
    expect(spy.mock.calls.length).toBeLessThanOrEqual(2);
    // The same version is not drawn twice.
    spy.mockClear();
    drawing.advance(60_000);
    await drawing.refresher.tick();
    expect(spy).not.toHaveBeenCalled();
  });

  it('invalid, unknown and later archived network filters neither throw nor answer anything extra', async () => {
    drawing.start();
    const researcher = drawing.demo.clients.get('RESEARCHER')!;
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
    drawing.start();
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
    const answer = await drawing.demo.clients
      .get('COORDINATOR')!
      .request<{ compactGraph: Picture }>(PICTURE, { filter: { sectors: ['PUBLIC'] } });
    expect(JSON.stringify(answer)).not.toMatch(/SQLITE|data\.db|Kari/);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.compactGraph.nodeX?.length).toBeGreaterThan(0);
  });

  it('a database that fails to answer (a pool timeout, a restart) does not crash the server through the timer', async () => {
    // The refresher's own check of the graph version, as the interval and the start run it.
    const failing: DbHandle = Object.create(handle(), {
      graphVersion: {
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

  it('writes no audit event or session, and changes neither the data nor the graph version (so it never redraws itself)', async () => {
    const counts = async () => {
      const [audit] = await handle().db.select({ n: count() }).from(schema.auditEvents);
      const [sessions] = await handle().db.select({ n: count() }).from(schema.sessions);
      return { audit: audit!.n, sessions: sessions!.n, data: await handle().dataVersion(), graph: await handle().graphVersion() };
    };
    drawing.start();
    await read('COORDINATOR');
    await read('RESEARCHER');
    await read('COORDINATOR', { nodeKinds: ['PARTICIPANT', 'ORGANIZATION'] });
    await write();
    const before = await counts();
    const spy = vi.spyOn(ANALYTICS_TASKS, 'overviewLayout');
    await settle();
    // The coordinators' and the researchers' whole maps; the coordinators' filter is cut from theirs.
    expect(spy.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(await counts()).toEqual(before);
    const systemRows = await handle().db.select().from(schema.auditEvents);
    expect(JSON.stringify(systemRows)).not.toMatch(/system:picture-refresh/);
    spy.mockClear();
    drawing.advance(5_000);
    await drawing.refresher.tick();
    await drawing.refresher.tick(true);
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
    const versions = vi.spyOn(api.handle, 'graphVersion');
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
