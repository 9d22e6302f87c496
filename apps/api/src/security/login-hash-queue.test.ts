import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, TEST_PASSWORD, type TestApi } from '../testing/index';

/**
 * A login flood from one address must not keep others out. Password hashing is slow on purpose
 * and runs a few at a time (PASSWORD_HASH_CONCURRENCY); when the queue was one line for
 * everyone, 30 wrong logins sent at once from one address — within its 30 a minute — made a
 * right login from elsewhere wait past the request deadline (REQUEST_TIMEOUT). Now addresses
 * take turns, and an address with PASSWORD_HASH_QUEUE_PER_ADDRESS logins hashing or waiting has
 * one more refused at once (RATE_LIMITED, reason LOGIN).
 */

const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { user { id } } }`;

let api: TestApi;
let email = '';

beforeAll(async () => {
  // Behind one trusted proxy, so the test chooses each request's address; the login limit as in production.
  api = await startTestApi({ env: { TRUST_PROXY: '1', RATE_LIMIT_LOGINS_PER_MINUTE: '30', PASSWORD_HASH_QUEUE_PER_ADDRESS: '2' } });
  const client = await api.as('COORDINATOR');
  email = (await client.data<{ viewer: { email: string } }>(`{ viewer { email } }`)).viewer.email;
});
afterAll(() => api.stop());

const login = (address: string, variables: { email: string; password: string }) =>
  api.anonymous().request(LOGIN, variables, { headers: { 'x-forwarded-for': address } });

describe('a flood of logins from one address', () => {
  it('leaves a right login from another address to succeed, and is refused at once past its share', async () => {
    const flood = Array.from({ length: 30 }, (_, i) =>
      login('203.0.113.9', { email: `nobody-${i}@flood.example`, password: 'not-the-password' }),
    );
    const owner = login('198.51.100.20', { email, password: TEST_PASSWORD });
    const [ownerAnswer, floodAnswers] = await Promise.all([owner, Promise.all(flood)]);

    expect(ownerAnswer.errors, JSON.stringify(ownerAnswer.errors)).toBeUndefined();
    expect(ownerAnswer.data).toMatchObject({ login: { user: { id: expect.any(String) } } });

    const outcomes = floodAnswers.map((answer) => {
      const extensions = answer.errors?.[0]?.extensions;
      return `${String(extensions?.code)}:${String(extensions?.reason)}`;
    });
    for (const outcome of outcomes) expect(['UNAUTHENTICATED:WRONG_LOGIN', 'RATE_LIMITED:LOGIN']).toContain(outcome);
    expect(outcomes).toContain('RATE_LIMITED:LOGIN');
    const refused = floodAnswers.find((answer) => answer.errors?.[0]?.extensions?.code === 'RATE_LIMITED')!;
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });
});
