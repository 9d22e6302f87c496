import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, newId, schema } from '@brobygger/db';
import { loadEnv } from '../env';
import { startApp, type RunningApp } from '../server';
import { createBridgeNetwork } from '../modules/graph/testing/bridge-network';
import { RAISED_LIMITS, startTestApi, TEST_PASSWORD, type TestApi } from '../testing/index';

/**
 * REQUEST_DEADLINE_MS (lib/deadline.ts): a request still running at its deadline is answered
 * at once with REQUEST_TIMEOUT, and what it had left to do does not happen. A second server on
 * the same database runs with a deadline of 1 ms, so anything that waits on a worker thread or
 * the password hash outlives it.
 */

let api: TestApi;
let tight: RunningApp;
let cookie: string;

beforeAll(async () => {
  api = await startTestApi();
  const coordinator = await api.as('COORDINATOR');
  await createBridgeNetwork(coordinator);
  cookie = (coordinator as unknown as { cookie: string }).cookie;
  const env = loadEnv({ NODE_ENV: 'test', DATABASE_PATH: ':memory:', LOG_REQUESTS: 'false', ...RAISED_LIMITS, REQUEST_DEADLINE_MS: '1' });
  tight = await startApp({ handle: api.handle, env }, 0);
});
afterAll(async () => {
  await tight.stop();
  await api.stop();
});

async function post(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const started = performance.now();
  const response = await fetch(`${tight.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] };
  return { status: response.status, elapsedMs: performance.now() - started, ...body };
}

describe('the request deadline', () => {
  it('answers a request still running at its deadline with REQUEST_TIMEOUT (503), not with its late result', async () => {
    const answer = await post(`{ graph { nodes { id metrics { betweenness } } } }`, {}, { cookie });
    expect(answer.status).toBe(503);
    expect(answer.data).toBeUndefined();
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'REQUEST_TIMEOUT', params: { deadlineSeconds: 0.001 } });
    expect(answer.errors?.[0]?.extensions?.requestId).toEqual(expect.any(String));
  });

  it('starts no further field once the deadline has passed: the mutation after a slow login never runs', async () => {
    const email = `deadline-${newId('user')}@test.example`;
    const userId = newId('user');
    await api.handle.db.insert(schema.users).values({ id: userId, email, passwordHash: await hashPassword(TEST_PASSWORD), role: 'COORDINATOR' });
    const answer = await post(
      `mutation($email: String!, $password: String!) {
        login(email: $email, password: $password) { user { id } }
        createPerson(input: { name: "Kari Etter Fristen", sector: CIVIL }) { id }
      }`,
      { email, password: TEST_PASSWORD },
    );
    expect(answer.status).toBe(503);
    expect(answer.errors?.[0]?.extensions?.code).toBe('REQUEST_TIMEOUT');
    // On SQLite the login's first reads answer at once, so it had begun and finishes (its
    // password hash was running); then the next field would start. On PostgreSQL each read
    // waits on the network and the deadline stops the login before its hash.
    const loggedIn = async () => (await api.handle.db.select().from(schema.users).where(eq(schema.users.id, userId)))[0]?.lastLoginAt;
    for (let i = 0; i < 100 && !(await loggedIn()); i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    if (api.handle.dialect === 'sqlite') expect(await loggedIn()).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const created = await api.handle.db.select().from(schema.people).where(eq(schema.people.name, 'Kari Etter Fristen'));
    expect(created).toEqual([]);
  });

  it('rolls back a write that waited past the deadline for the write queue: the answer says so, and nothing changed', async () => {
    // A server on the same database whose deadline lets the mutation start, then passes while
    // its write waits behind another (here held open for 800 ms, as a long import would).
    const env = loadEnv({ NODE_ENV: 'test', DATABASE_PATH: ':memory:', LOG_REQUESTS: 'false', ...RAISED_LIMITS, REQUEST_DEADLINE_MS: '300' });
    const patient = await startApp({ handle: api.handle, env }, 0);
    try {
      const holding = api.handle.transaction(() => new Promise((resolve) => setTimeout(resolve, 800)));
      const response = await fetch(`${patient.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: `mutation { createOrganization(input: { name: "Etter Fristen AS", sector: BUSINESS, kind: COMPANY }) { id } }` }),
      });
      const answer = (await response.json()) as { errors?: { extensions?: Record<string, unknown> }[] };
      expect(answer.errors?.[0]?.extensions?.code).toBe('REQUEST_TIMEOUT');
      await holding;
      await new Promise((resolve) => setTimeout(resolve, 300));
      const created = await api.handle.db.select().from(schema.organizations).where(eq(schema.organizations.name, 'Etter Fristen AS'));
      expect(created).toEqual([]);
    } finally {
      await patient.stop();
    }
  });

  it('leaves requests that finish in time alone', async () => {
    const client = await api.as('COORDINATOR');
    expect((await client.request(`{ graph { nodes { id metrics { betweenness } } } }`)).status).toBe(200);
  });
});
