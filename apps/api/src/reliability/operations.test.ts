import { existsSync, statSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@brobygger/db/seed';
import { forgetLastMigration } from '@brobygger/db/testing';
import { GraphQLTestClient, startTestApi, type TestApi } from '../testing';
import { spawnServer, tempDir } from './server-process';

const CREATE_ORG = `mutation CreateOrg($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { id name }
}`;

describe('readiness', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.stop());

  it('is ready once every migration is applied, and says which are missing otherwise', async () => {
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready' });

    const putBack = await forgetLastMigration(api.handle);
    try {
      const pending = await fetch(`${api.url}/readyz`);
      expect(pending.status).toBe(503);
      const body = (await pending.json()) as { reason: string; pending: string[] };
      expect(body.reason).toBe('migrations pending');
      expect(body.pending).toHaveLength(1);
      // The process itself is still up: only readiness fails.
      expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    } finally {
      await putBack();
    }
  });
});

describe('refusals by the permission table', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.stop());

  it('answer 200 with a coded error, not a server error that monitoring would count', async () => {
    const anonymous = await api.anonymous().request(`{ organizations { totalCount } }`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const participant = await api.as('PARTICIPANT');
    const forbidden = await participant.request(`{ graph { nodes { id } } }`);
    expect(forbidden.status).toBe(200);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the server process', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('stops at start with a message naming a bad environment variable', async () => {
    const dir = tmp.dir;
    await expect(
      spawnServer({
        database: { path: join(dir, 'bad.db') },
        env: { LOG_REQUESTS: 'sometimes' },
        startTimeoutMs: 20_000,
      }),
    ).rejects.toThrow(/LOG_REQUESTS/);
  });

  it('logs one JSON line per request with its id, operation, duration and codes, and no personal data', async () => {
    const server = await spawnServer({
      database: { path: join(tmp.dir, 'log.db') },
      seedDemo: true,
      env: { LOG_REQUESTS: 'true' },
    });
    try {
      const client = new GraphQLTestClient(server.url);
      const refused = await client.request(
        `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { user { id } } }`,
        { email: 'kari.nordmann@example.org', password: 'wrong-password-1' },
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      await client.login('coordinator@example.org', DEMO_PASSWORD);
      const created = await client.request(CREATE_ORG, {
        input: { name: 'Solveig Haugens Vaskeri AS', sector: 'BUSINESS', kind: 'COMPANY' },
      });
      const bad = await client.request(CREATE_ORG, {
        input: { name: 'Solveig Haugens Bakeri AS', sector: 'BUSINESS', kind: 'COMPANY', orgNumber: '123' },
      });
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

      const lines = server
        .stdout()
        .split('\n')
        .filter((line) => line.includes('"msg":"request"'))
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(lines).toHaveLength(4);
      const byId = new Map(lines.map((line) => [line.requestId, line]));
      const createdLine = byId.get(created.headers.get('x-request-id'));
      expect(createdLine).toMatchObject({
        operationName: 'CreateOrg',
        operationType: 'mutation',
        fields: ['createOrganization'],
        role: 'COORDINATOR',
        status: 200,
        errorCodes: [],
      });
      expect(createdLine?.durationMs).toEqual(expect.any(Number));
      expect(byId.get(bad.headers.get('x-request-id'))).toMatchObject({ errorCodes: ['BAD_USER_INPUT'] });
      expect(byId.get(refused.headers.get('x-request-id'))).toMatchObject({
        operationName: 'Login',
        role: null,
        errorCodes: ['UNAUTHENTICATED'],
      });
      // The seed's own banner names the demo logins; the request lines name nobody.
      const requestLines = lines.map((line) => JSON.stringify(line)).join('\n');
      for (const secret of ['kari.nordmann', 'wrong-password', 'Solveig', 'Vaskeri', DEMO_PASSWORD, 'coordinator@'])
        expect(requestLines).not.toContain(secret);
      for (const secret of ['kari.nordmann', 'wrong-password', 'Solveig'])
        expect(server.stdout() + server.stderr()).not.toContain(secret);
    } finally {
      await server.kill();
    }
  });

  it('on SIGTERM stops accepting, finishes the requests in flight, then closes the database', async () => {
    const databasePath = join(tmp.dir, 'term.db');
    // In production, where Apollo Server would also answer the signal unless told not to.
    const production = {
      NODE_ENV: 'production',
      PSEUDONYM_SECRET: 'an-operator-chosen-secret-for-tests',
      COOKIE_SECURE: 'false',
    };
    const server = await spawnServer({ database: { path: databasePath }, seedDemo: true, env: production });
    const { port } = new URL(server.url);

    // A login hashes with scrypt for a noticeable while: these are still running when SIGTERM lands.
    const login = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { user { id } } }`;
    const logIn = (who: string) =>
      new GraphQLTestClient(server.url).request(login, { email: `${who}@example.org`, password: DEMO_PASSWORD });
    // One login first, so the server has compiled the document: a first request's compiling
    // holds the thread, and a request the server has not yet read when SIGTERM lands is not in
    // flight but waiting on an idle connection, which a stop closes.
    expect((await logIn('participant')).status).toBe(200);
    const inFlight = ['admin', 'coordinator', 'researcher'].map(logIn);
    await new Promise((done) => setTimeout(done, 100));
    server.child.kill('SIGTERM');
    await new Promise((done) => setTimeout(done, 30));
    const lateComer = await connects(Number(port));

    for (const finished of await Promise.all(inFlight)) {
      expect(finished.status).toBe(200);
      expect(finished.data).toMatchObject({ login: { user: { id: expect.any(String) } } });
    }
    expect(lateComer).toBe(false);
    expect(await server.exited).toEqual({ code: 0, signal: null });
    // A cleanly closed database has folded its write-ahead log back into the file.
    const wal = `${databasePath}-wal`;
    expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);
  });
});

/** Whether a fresh TCP connection (not one kept alive from earlier) reaches a GET /healthz answer. */
function connects(port: number): Promise<boolean> {
  return new Promise((done) => {
    const request = httpGet({ host: '127.0.0.1', port, path: '/healthz', agent: false }, (response) => {
      response.resume();
      done(response.statusCode === 200);
    });
    request.on('error', () => done(false));
    request.setTimeout(2_000, () => request.destroy());
  });
}
