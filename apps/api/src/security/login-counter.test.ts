import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@brobygger/db';
import { startTestApi, TEST_PASSWORD, type TestApi } from '../testing/index';

const LOGIN = `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { user { id } } }`;

let api: TestApi;
let now = new Date('2026-05-04T08:00:00.000Z');
const MINUTE = 60_000;

beforeAll(async () => {
  api = await startTestApi({ now: () => now });
});
afterAll(() => api.stop());

async function newAccount(): Promise<string> {
  const client = await api.as('COORDINATOR');
  const { viewer } = await client.data<{ viewer: { email: string } }>(`{ viewer { email } }`);
  return viewer.email;
}

const attempt = (email: string, password = 'not-the-password') => api.anonymous().request(LOGIN, { email, password });
const outcome = async (email: string, password?: string) => {
  const error = (await attempt(email, password)).errors?.[0];
  return error ? String(error.extensions?.code === 'TOO_MANY_ATTEMPTS' ? 'TOO_MANY_ATTEMPTS' : error.extensions?.reason) : 'OK';
};

describe('wrong passwords', () => {
  it('count every one of 12 sent at once', async () => {
    const email = await newAccount();
    const answers = await Promise.all(Array.from({ length: 12 }, () => attempt(email)));
    expect(answers.every((answer) => answer.errors?.[0]?.extensions?.code !== undefined)).toBe(true);
    const rows = await api.handle.db.select().from(schema.loginAttempts);
    expect(rows.map((row) => row.failures)).toContain(12);
    const [user] = await api.handle.db.select().from(schema.users).where(eq(schema.users.email, email));
    const events = await api.handle.db.select().from(schema.auditEvents).where(eq(schema.auditEvents.entityId, user!.id));
    expect(events.filter((event) => event.action.startsWith('login-'))).toHaveLength(12);
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
    // No e-mail address is stored with the counts.
    expect(JSON.stringify(await api.handle.db.select().from(schema.loginAttempts))).not.toContain('@');
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

  it('answers a deactivated account as deactivated only for the right password', async () => {
    const email = await newAccount();
    await api.handle.db.update(schema.users).set({ active: false }).where(eq(schema.users.email, email));
    expect(await outcome(email, TEST_PASSWORD)).toBe('DEACTIVATED');
  });
});
