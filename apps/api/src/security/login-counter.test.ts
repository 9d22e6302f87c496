import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@brobygger/db';
import { startTestApi, TEST_PASSWORD, type TestApi } from '../testing/index';

const LOGIN = `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { user { id } } }`;

let api: TestApi;
let now = new Date('2026-05-04T08:00:00.000Z');
const MINUTE = 60_000;

// Behind one trusted proxy, so each test's client chooses its address with X-Forwarded-For.
const ACCOUNT_MAX = 15;
beforeAll(async () => {
  api = await startTestApi({ now: () => now, env: { TRUST_PROXY: '1', LOGIN_ACCOUNT_MAX_FAILURES: String(ACCOUNT_MAX) } });
});
afterAll(() => api.stop());

async function newAccount(): Promise<string> {
  const client = await api.as('COORDINATOR');
  const { viewer } = await client.data<{ viewer: { email: string } }>(`{ viewer { email } }`);
  return viewer.email;
}

/** A login from the client address `from` (the test server trusts one proxy's X-Forwarded-For). */
const attempt = (email: string, password = 'not-the-password', from = '198.51.100.1') =>
  api.anonymous().request(LOGIN, { email, password }, { headers: { 'x-forwarded-for': from } });
const outcome = async (email: string, password?: string, from?: string) => {
  const error = (await attempt(email, password, from)).errors?.[0];
  return error ? String(error.extensions?.code === 'TOO_MANY_ATTEMPTS' ? 'TOO_MANY_ATTEMPTS' : error.extensions?.reason) : 'OK';
};
const retryAt = async (email: string, from?: string) => (await attempt(email, undefined, from)).errors?.[0]?.extensions?.retryAt as string | undefined;
const after = (minutes: number) => new Date(now.getTime() + minutes * MINUTE).toISOString();

describe('wrong passwords', () => {
  it('count every one of 9 sent at once from as many addresses', async () => {
    const email = await newAccount();
    const answers = await Promise.all(Array.from({ length: 9 }, (_, i) => attempt(email, undefined, `203.0.113.${i + 1}`)));
    expect(answers.map((answer) => answer.errors?.[0]?.extensions?.reason)).toEqual(Array(9).fill('WRONG_LOGIN'));
    const rows = await api.handle.db.select().from(schema.loginAttempts);
    // The account's run across all addresses holds all nine.
    expect(rows.map((row) => row.failures)).toContain(9);
    const [user] = await api.handle.db.select().from(schema.users).where(eq(schema.users.email, email));
    const events = await api.handle.db.select().from(schema.auditEvents).where(eq(schema.auditEvents.entityId, user!.id));
    expect(events.filter((event) => event.action.startsWith('login-'))).toHaveLength(9);
  });

  it('get the same answers for an unknown e-mail, a deactivated account and an existing one, unless the password is right', async () => {
    const existing = await newAccount();
    const deactivated = await newAccount();
    await api.handle.db.update(schema.users).set({ active: false }).where(eq(schema.users.email, deactivated));
    const unknown = `nobody-${Date.now()}@test.example`;
    const run = async (email: string) => {
      const answers: string[] = [];
      for (let i = 0; i < 7; i += 1) answers.push(await outcome(email));
      return answers;
    };
    const expected = [...Array(4).fill('WRONG_LOGIN'), 'TOO_MANY_ATTEMPTS', 'TOO_MANY_ATTEMPTS', 'TOO_MANY_ATTEMPTS'];
    expect(await run(existing)).toEqual(expected);
    expect(await run(deactivated)).toEqual(expected);
    expect(await run(unknown)).toEqual(expected);
    // Neither the e-mail address nor the client's is stored with the counts.
    const stored = JSON.stringify(await api.handle.db.select().from(schema.loginAttempts));
    expect(stored).not.toContain('@');
    expect(stored).not.toContain('198.51.100');
  });

  it('back off for longer each time, at most the 15-minute window, and never lock for ever', async () => {
    const email = await newAccount();
    for (let i = 0; i < 5; i += 1) await attempt(email);
    // Blocked for one minute: even the right password waits.
    expect(await outcome(email, TEST_PASSWORD)).toBe('TOO_MANY_ATTEMPTS');
    // Hammering during the block does not make it longer: a minute later the right password works.
    for (let i = 0; i < 20; i += 1) await attempt(email);
    now = new Date(now.getTime() + MINUTE + 1000);
    expect(await outcome(email, TEST_PASSWORD)).toBe('OK');

    // A new run: five misses block for a minute, the next miss after it for longer.
    for (let i = 0; i < 5; i += 1) await attempt(email);
    now = new Date(now.getTime() + MINUTE + 1000);
    expect(await outcome(email)).toBe('TOO_MANY_ATTEMPTS');
    // The sixth miss blocks for two minutes: still blocked after one, open after two.
    now = new Date(now.getTime() + MINUTE + 1000);
    expect(await outcome(email, TEST_PASSWORD)).toBe('TOO_MANY_ATTEMPTS');
    now = new Date(now.getTime() + MINUTE);
    expect(await outcome(email, TEST_PASSWORD)).toBe('OK');
    // The right password ends the run: the next wrong one is an ordinary miss again.
    expect(await outcome(email)).toBe('WRONG_LOGIN');
  });

  it('do not count while a block runs: the next block after it is the next step, not the window', async () => {
    const email = await newAccount();
    for (let i = 0; i < 5; i += 1) await attempt(email);
    for (let i = 0; i < 30; i += 1) await attempt(email);
    now = new Date(now.getTime() + MINUTE + 1000);
    // The sixth counted miss: two minutes, not the fifteen that 35 counted misses would give.
    expect(await retryAt(email)).toBe(after(2));
  });

  it('answers a deactivated account as deactivated only for the right password', async () => {
    const email = await newAccount();
    await api.handle.db.update(schema.users).set({ active: false }).where(eq(schema.users.email, email));
    expect(await outcome(email, TEST_PASSWORD)).toBe('DEACTIVATED');
  });
});

describe('locking someone else out', () => {
  const attacker = '203.0.113.66';
  const owner = '192.0.2.10';

  it('blocks only the address that guessed: the owner logs in from theirs, during and after, however long the attack goes on', async () => {
    const email = await newAccount();
    for (let i = 0; i < 5; i += 1) await attempt(email, undefined, attacker);
    expect(await outcome(email, TEST_PASSWORD, attacker)).toBe('TOO_MANY_ATTEMPTS');
    expect(await outcome(email, TEST_PASSWORD, owner)).toBe('OK');
    // The attack of the penetration test: a few misses each time a block ends, for as long as
    // the attacker likes (each round is one more block for the attacker's address alone).
    for (let round = 0; round < 3; round += 1) {
      now = new Date(now.getTime() + 15 * MINUTE + 1000);
      for (let i = 0; i < 5; i += 1) await attempt(email, undefined, attacker);
      expect(await outcome(email, TEST_PASSWORD, attacker)).toBe('TOO_MANY_ATTEMPTS');
      expect(await outcome(email, TEST_PASSWORD, owner)).toBe('OK');
    }
    // The owner's own typos are theirs alone too.
    expect(await outcome(email, undefined, owner)).toBe('WRONG_LOGIN');
    expect(await outcome(email, TEST_PASSWORD, owner)).toBe('OK');
  }, 180_000);

  it('an unknown e-mail and a deactivated account are blocked per address just the same', async () => {
    const deactivated = await newAccount();
    await api.handle.db.update(schema.users).set({ active: false }).where(eq(schema.users.email, deactivated));
    for (const email of [deactivated, `nobody-else-${Date.now()}@test.example`]) {
      const answers: string[] = [];
      for (let i = 0; i < 6; i += 1) answers.push(await outcome(email, undefined, attacker));
      expect(answers).toEqual([...Array(4).fill('WRONG_LOGIN'), 'TOO_MANY_ATTEMPTS', 'TOO_MANY_ATTEMPTS']);
      expect(await outcome(email, undefined, owner)).toBe('WRONG_LOGIN');
    }
  }, 120_000);

  it('backs off for every address once guesses spread over many addresses pass LOGIN_ACCOUNT_MAX_FAILURES, and only for a while', async () => {
    const email = await newAccount();
    // Fourteen addresses, each far below its own limit, then a fifteenth.
    for (let i = 0; i < ACCOUNT_MAX - 1; i += 1) expect(await outcome(email, undefined, `198.18.0.${i + 1}`)).toBe('WRONG_LOGIN');
    expect(await outcome(email, undefined, '198.18.1.1')).toBe('TOO_MANY_ATTEMPTS');
    // Now even the owner, from an address that never guessed, waits a minute…
    expect(await outcome(email, TEST_PASSWORD, owner)).toBe('TOO_MANY_ATTEMPTS');
    // …however many more guesses come meanwhile, which count for nothing.
    for (let i = 0; i < 20; i += 1) await attempt(email, undefined, `198.18.2.${i + 1}`);
    now = new Date(now.getTime() + MINUTE + 1000);
    expect(await outcome(email, TEST_PASSWORD, owner)).toBe('OK');
  }, 120_000);
});
