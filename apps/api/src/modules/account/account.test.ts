import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '@brobygger/db';
import { GraphQLTestClient, startTestApi, type TestApi } from '../../testing/index';

const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { user { id email role } expiresAt } }`;
const VIEWER = `{ viewer { id email role } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email role active } }`;

let api: TestApi;
let admin: GraphQLTestClient;

beforeAll(async () => {
  api = await startTestApi();
  admin = await api.as('ADMIN');
});
afterAll(() => api.stop());

async function newAccount(email: string, role = 'COORDINATOR') {
  await admin.data(CREATE_USER, { input: { email, password: 'lilac-kettle-orbit-57', role } });
}

describe('login and sessions', () => {
  it('logs in with an HttpOnly, SameSite=Strict cookie, and logs out', async () => {
    await newAccount('kari@example.org');
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { email: 'Kari@Example.org', password: 'lilac-kettle-orbit-57' } }),
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/bb_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);

    const client = new GraphQLTestClient(api.url);
    await client.login('kari@example.org', 'lilac-kettle-orbit-57');
    expect((await client.data(VIEWER)).viewer.email).toBe('kari@example.org');
    await client.data(`mutation { logout }`);
    expect((await client.request(VIEWER)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('leaves the data version alone when logging in, so cached graphs stay valid', async () => {
    await newAccount('version@example.org');
    const before = await api.handle.dataVersion();
    const client = new GraphQLTestClient(api.url);
    await client.login('version@example.org', 'lilac-kettle-orbit-57');
    await client.data(VIEWER);
    expect(await api.handle.dataVersion()).toBe(before);
    await client.data(`mutation { createOrganization(input: { name: "Ny AS", sector: BUSINESS, kind: COMPANY }) { id } }`);
    expect(await api.handle.dataVersion()).toBe(before + 1);
  });

  it('refuses every operation but login without a session', async () => {
    const anonymous = api.anonymous();
    for (const query of [VIEWER, `{ organizations { totalCount } }`, `mutation { logout }`]) {
      expect((await anonymous.request(query)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses logins after five wrong passwords and says when to try again', async () => {
    await newAccount('locked@example.org');
    const client = api.anonymous();
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      const wrong = await client.request(LOGIN, { email: 'locked@example.org', password: 'wrong-password' });
      expect(wrong.errors?.[0]?.message).toBe('Wrong e-mail or password.');
    }
    const fifth = await client.request(LOGIN, { email: 'locked@example.org', password: 'wrong-password' });
    expect(fifth.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', retryAt: expect.any(String) });
    expect(fifth.errors?.[0]?.message).toMatch(/Try again/);
    const right = await client.request(LOGIN, { email: 'locked@example.org', password: 'lilac-kettle-orbit-57' });
    expect(right.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    // The server keeps answering others.
    expect((await admin.data(VIEWER)).viewer.email).toMatch(/^admin/);
  });

  it('ends a session after 30 idle minutes', async () => {
    let now = new Date('2026-03-01T08:00:00Z');
    const timed = await startTestApi({ now: () => now });
    try {
      const client = await timed.as('COORDINATOR');
      now = new Date('2026-03-01T08:29:00Z');
      expect((await client.request(VIEWER)).errors).toBeUndefined();
      now = new Date('2026-03-01T09:00:00Z');
      expect((await client.request(VIEWER)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await timed.stop();
    }
  });

  it('salts every hash: the same password never hashes the same', async () => {
    const [a, b] = await Promise.all([hashPassword('same-password'), hashPassword('same-password')]);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$131072\$8\$1\$/);
  });

  it('takes about as long for an unknown e-mail as for a known one', async () => {
    await newAccount('timing@example.org');
    const time = async (email: string) => {
      const started = performance.now();
      await api.anonymous().request(LOGIN, { email, password: 'not-the-password' });
      return performance.now() - started;
    };
    await time('nobody@example.org'); // warms the throwaway hash
    // Alternate the two and compare medians, so load from other work hits both alike.
    const known: number[] = [];
    const unknown: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      known.push(await time('timing@example.org'));
      unknown.push(await time('nobody@example.org'));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const ratio = median(unknown) / median(known);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });
});

describe('accounts', () => {
  it('lets an admin create, deactivate and list accounts; a coordinator may not', async () => {
    const { createUser } = await admin.data(CREATE_USER, { input: { email: 'new@example.org', password: 'lilac-kettle-orbit-57', role: 'RESEARCHER' } });
    expect(createUser).toMatchObject({ role: 'RESEARCHER', active: true });
    const duplicate = await admin.request(CREATE_USER, { input: { email: 'NEW@example.org', password: 'lilac-kettle-orbit-57', role: 'RESEARCHER' } });
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const short = await admin.request(CREATE_USER, { input: { email: 'short@example.org', password: 'short', role: 'RESEARCHER' } });
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });

    const user = new GraphQLTestClient(api.url);
    await user.login('new@example.org', 'lilac-kettle-orbit-57');
    await admin.data(`mutation($id: ID!) { updateUser(id: $id, input: { active: false }) { active } }`, { id: createUser.id });
    expect((await user.request(VIEWER)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const { users } = await admin.data(`{ users(filter: { roles: [RESEARCHER] }) { totalCount nodes { email active } } }`);
    expect(users.nodes).toContainEqual({ email: 'new@example.org', active: false });
    const coordinator = await api.as('COORDINATOR');
    expect((await coordinator.request(`{ users { totalCount } }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('writes logins and changes to the audit log, which only an admin reads', async () => {
    const { auditEvents } = await admin.data(`{ auditEvents(first: 100, filter: { entityType: "User" }) { totalCount nodes { action entityId } } }`);
    expect(auditEvents.nodes.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['login', 'create', 'update', 'login-failed', 'login-locked']));
  });
});
