import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase } from '@brobygger/db';
import { createScratchDatabase, type ScratchDatabase } from '@brobygger/db/testing';
import { DEMO_PASSWORD, seedDatabase } from '@brobygger/db/seed';
import { spawnServer, sleep, type ServerProcess } from '../reliability/server-process';
import { GraphQLTestClient } from '../testing/index';

/**
 * The promise: while the heaviest query the cost budget lets through runs on a network of
 * 5,000 people, the API still answers its health check within 200 ms — the analytics run in the
 * worker pool, not on the thread that answers. The server runs in a process of its own (as in
 * production), so the test's own client work does not count against it; the database is seeded
 * once.
 */

const DATES = Array.from({ length: 24 }, (_, i) => `"${2019 + Math.floor(i / 4)}-${String((i % 4) * 3 + 1).padStart(2, '0')}-01"`);

/** Everything heavy at once, under QUERY_COST_BUDGET and QUERY_MAX_ANALYTICS: the whole graph with betweenness, its statistics, a 24-day E-I series and nested network lists. */
const HEAVIEST = `{
  graph { nodes { id metrics { betweenness } } }
  graphStats { density betweenness { method } }
  eiOverTime(dates: [${DATES.join(', ')}]) { date eiIndex }
  networks(first: 3) { nodes { members { person { memberships { network { name } } } } } }
}`;

let server: ServerProcess;
let scratch: ScratchDatabase;

beforeAll(async () => {
  scratch = await createScratchDatabase();
  const handle = await connectDatabase(scratch.location);
  await seedDatabase(handle, { people: 5_000 });
  await handle.close();
  // Only the deadline is raised, so the heavy query is measured to its end rather than cut off.
  server = await spawnServer({
    database: scratch.location,
    env: { REQUEST_DEADLINE_MS: '120000' },
  });
}, 180_000);

afterAll(async () => {
  await server?.kill();
  await scratch?.drop();
});

describe('the health check while the heaviest allowed query runs', () => {
  it('answers within 200 ms throughout', async () => {
    const coordinator = new GraphQLTestClient(server.url);
    await coordinator.login('coordinator@example.org', DEMO_PASSWORD);

    // A server that has been serving: the graph of the current data version is read (one
    // synchronous read of the whole region, 80–300 ms on a cold SQLite cache, made once per
    // data version), and the connections are open. What is measured is the analytics.
    expect((await coordinator.request(`{ graph { nodes { id } } }`)).status).toBe(200);
    for (let i = 0; i < 3; i += 1) await (await fetch(`${server.url}/healthz`)).text();
    let done = false;
    const started = performance.now();
    const heavy = coordinator.request<{ graph: { nodes: unknown[] }; eiOverTime: unknown[] }>(HEAVIEST).finally(() => (done = true));
    const latencies: number[] = [];
    while (!done) {
      const sent = performance.now();
      const health = await fetch(`${server.url}/healthz`);
      expect(health.status).toBe(200);
      await health.text();
      latencies.push(performance.now() - sent);
      await sleep(25);
    }
    const answer = await heavy;
    const heavyMs = performance.now() - started;

    expect(answer.errors).toBeUndefined();
    expect(answer.data?.graph.nodes.length).toBeGreaterThan(5_000);
    expect(answer.data?.eiOverTime).toHaveLength(24);
    // The query really was heavy: the health check was asked many times while it ran.
    expect(heavyMs).toBeGreaterThan(1_000);
    expect(latencies.length).toBeGreaterThan(10);
    expect(Math.max(...latencies), `health check latencies (ms): ${latencies.map(Math.round).join(', ')}`).toBeLessThan(200);
  }, 120_000);
});
