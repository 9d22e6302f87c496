import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RAISED_LIMITS, startTestApi, type GraphQLTestClient, type TestApi } from '../testing/index';

/**
 * The rate limits (lib/request-limits.ts) as an attacker meets them: a flood from one session,
 * from one address, of logins; answered 429 with RATE_LIMITED, the IETF draft's RateLimit
 * headers and Retry-After. Each suite starts a server with small buckets that refill slowly
 * (one token per 10 or 100 s), so nothing refills while a test runs.
 */

const VIEWER = `{ viewer { id } }`;
const WRONG_LOGIN = `mutation($email: String!) { login(email: $email, password: "not-the-password") { user { id } } }`;

function expectRateLimited(response: { status: number; headers: Headers; errors?: { extensions?: Record<string, unknown> }[] }, reason: string) {
  expect(response.status).toBe(429);
  const extensions = response.errors?.[0]?.extensions;
  expect(extensions).toMatchObject({ code: 'RATE_LIMITED', reason });
  const params = extensions?.params as { retryAfterSeconds: number; retryAt: string };
  expect(params.retryAfterSeconds).toBeGreaterThanOrEqual(1);
  expect(Date.parse(params.retryAt)).toBeGreaterThan(Date.now());
  expect(extensions?.http).toBeUndefined();
  expect(Number(response.headers.get('retry-after'))).toBe(params.retryAfterSeconds);
  expect(response.headers.get('ratelimit-policy')).toContain(`"${reason.toLowerCase()}";q=`);
  expect(response.headers.get('ratelimit')).toMatch(new RegExp(`"${reason.toLowerCase()}";r=0;t=${params.retryAfterSeconds}`));
}

async function post(url: string, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] };
  return { status: response.status, headers: response.headers, ...body };
}

describe('per session', () => {
  let api: TestApi;
  let first: GraphQLTestClient;
  let second: GraphQLTestClient;

  beforeAll(async () => {
    api = await startTestApi({ env: { RATE_LIMIT_SESSION_PER_SECOND: '0.01', RATE_LIMIT_SESSION_BURST: '4' } });
    first = await api.as('COORDINATOR');
    second = await api.as('COORDINATOR');
  });
  afterAll(() => api.stop());

  it('answers a session past its burst with 429, RATE_LIMITED and when to retry, and leaves other sessions alone', async () => {
    const answers = [];
    for (let i = 0; i < 5; i += 1) answers.push(await first.request(VIEWER));
    expect(answers.slice(0, 4).map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    expect(answers[0]!.headers.get('ratelimit-policy')).toBe('"address";q=100000;w=1, "session";q=36;w=3600');
    expect(answers[3]!.headers.get('ratelimit')).toMatch(/"session";r=0;t=\d+/);
    expectRateLimited(answers[4]!, 'SESSION');
    expect(answers[4]!.data).toBeUndefined();
    // Another session has a bucket of its own.
    expect((await second.request(VIEWER)).status).toBe(200);
  });

  it('counts the file routes against the same bucket, but never the health checks', async () => {
    const exported = await fetch(`${api.url}/export/people.csv`, { headers: { cookie: (first as unknown as { cookie: string }).cookie } });
    expect(exported.status).toBe(429);
    expect(((await exported.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('RATE_LIMITED');
    for (const path of ['/healthz', '/readyz']) {
      const health = await fetch(`${api.url}${path}`);
      expect(health.status).toBe(200);
      expect(health.headers.get('ratelimit')).toBeNull();
    }
  });
});

describe('per client address', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ env: { RATE_LIMIT_ADDRESS_PER_SECOND: '0.01', RATE_LIMIT_ADDRESS_BURST: '3' } });
  });
  afterAll(() => api.stop());

  it('limits every request from one address, web pages included; a forged X-Forwarded-For changes nothing without TRUST_PROXY', async () => {
    expect((await post(api.url, VIEWER)).status).toBe(200);
    expect((await fetch(`${api.url}/people`)).status).toBe(200);
    expect((await post(api.url, VIEWER, { 'x-forwarded-for': '203.0.113.7' })).status).toBe(200);
    expectRateLimited(await post(api.url, VIEWER, { 'x-forwarded-for': '203.0.113.8' }), 'ADDRESS');
    expect((await fetch(`${api.url}/people`)).status).toBe(429);
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
  });

  it('words the refusal in the GraphQL media type for clients that ask for it (Apollo Client reads errors of a 429 only then)', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json;q=0.9' },
      body: JSON.stringify({ query: VIEWER }),
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('content-type')).toContain('application/graphql-response+json');
  });
});

describe('behind a proxy (TRUST_PROXY=1)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ env: { TRUST_PROXY: '1', RATE_LIMIT_ADDRESS_PER_SECOND: '0.01', RATE_LIMIT_ADDRESS_BURST: '2' } });
  });
  afterAll(() => api.stop());

  it('keys by the address the proxy saw, the last one in X-Forwarded-For', async () => {
    const from = (chain: string) => post(api.url, VIEWER, { 'x-forwarded-for': chain });
    expect((await from('203.0.113.1')).status).toBe(200);
    // A client's own claim (leftmost) is not believed: only the hop the trusted proxy added.
    expect((await from('198.51.100.9, 203.0.113.1')).status).toBe(200);
    expectRateLimited(await from('198.51.100.10, 203.0.113.1'), 'ADDRESS');
    expect((await from('203.0.113.2')).status).toBe(200);
  });

  it('keys IPv6 clients by their /64', async () => {
    expect((await post(api.url, VIEWER, { 'x-forwarded-for': '2001:db8:1:2::1' })).status).toBe(200);
    expect((await post(api.url, VIEWER, { 'x-forwarded-for': '2001:db8:1:2:ffff::5' })).status).toBe(200);
    expect((await post(api.url, VIEWER, { 'x-forwarded-for': '2001:db8:1:2:abcd:ef01:2345:6789' })).status).toBe(429);
    expect((await post(api.url, VIEWER, { 'x-forwarded-for': '2001:db8:1:3::1' })).status).toBe(200);
  });
});

describe('logins per address', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ env: { ...RAISED_LIMITS, TRUST_PROXY: '1', RATE_LIMIT_LOGINS_PER_MINUTE: '3' } });
  });
  afterAll(() => api.stop());

  it('refuses the fourth login in a minute from one address with 429 before checking any password, whatever the e-mail', async () => {
    const from = { 'x-forwarded-for': '192.0.2.50' };
    const answers = [];
    for (let i = 0; i < 3; i += 1) {
      answers.push(await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...from },
        body: JSON.stringify({ query: WRONG_LOGIN, variables: { email: `flood-${i}@example.net` } }),
      }));
    }
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(((await answer.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    }
    const started = performance.now();
    const refused = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...from },
      body: JSON.stringify({ query: WRONG_LOGIN, variables: { email: 'flood-4@example.net' } }),
    });
    const body = (await refused.json()) as { data: unknown; errors: { extensions?: Record<string, unknown> }[] };
    expectRateLimited({ status: refused.status, headers: refused.headers, errors: body.errors }, 'LOGIN');
    expect(refused.headers.get('ratelimit-policy')).toBe('"login";q=3;w=60');
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(20);
    expect(body.data).toBeNull();
    // Refused before scrypt runs: no password was hashed for it.
    expect(performance.now() - started).toBeLessThan(1_000);
    // Another address may still log in.
    expect((await post(api.url, `mutation { login(email: "x@example.net", password: "wrong-password") { user { id } } }`, { 'x-forwarded-for': '192.0.2.51' })).status).toBe(200);
  });

  it('counts a login however the document hides it: a fragment reaches the same resolver', async () => {
    const response = await post(
      api.url,
      `mutation { ...L } fragment L on Mutation { ... on Mutation { sneaky: login(email: "a@example.net", password: "wrong-password") { user { id } } } }`,
      { 'x-forwarded-for': '192.0.2.50' },
    );
    expect(response.status).toBe(429);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'LOGIN' });
  });
});
