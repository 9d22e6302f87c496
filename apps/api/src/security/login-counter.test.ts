import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@brobygger/db';
import { startTestApi, TEST_PASSWORD, type TestApi } from '../testing/index';

const LOGIN = `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { user { id } } }`;

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

async function accountOf(email: string) {
  const [user] = await api.handle.db.select().from(schema.users).where(eq(schema.users.email, email));
  return user!;
}

async function newAccount(): Promise<string> {
  const client = await api.as('COORDINATOR');
  const { viewer } = await client.data<{ viewer: { email: string } }>(`{ viewer { email } }`);
  return viewer.email;
}

describe('the count of wrong passwords', () => {
  it('counts every one of 12 wrong passwords sent at once', async () => {
    const email = await newAccount();
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => api.anonymous().request(LOGIN, { email, password: 'not-the-password' })),
    );
    expect(answers.every((answer) => answer.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED')).toBe(true);
    expect((await accountOf(email)).failedLogins).toBe(12);
    const events = await api.handle.db.select().from(schema.auditEvents).where(eq(schema.auditEvents.entityId, (await accountOf(email)).id));
    expect(events.filter((event) => event.action.startsWith('login-'))).toHaveLength(12);
  });

  it('answers a wrong password for a deactivated account as for any other account', async () => {
    const email = await newAccount();
    await api.handle.db.update(schema.users).set({ active: false }).where(eq(schema.users.email, email));
    const wrong = await api.anonymous().request(LOGIN, { email, password: 'not-the-password' });
    const unknown = await api.anonymous().request(LOGIN, { email: 'nobody@test.example', password: 'not-the-password' });
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    const right = await api.anonymous().request(LOGIN, { email, password: TEST_PASSWORD });
    expect(right.errors?.[0]?.message).toMatch(/deactivated/);
  });
});
