import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type GraphQLTestClient, type TestApi } from '../testing/index';

let api: TestApi;
let production: TestApi;
let coordinator: GraphQLTestClient;

beforeAll(async () => {
  api = await startTestApi();
  production = await startTestApi({ env: { NODE_ENV: 'production', PSEUDONYM_SECRET: 'a-test-only-production-secret' } });
  coordinator = await api.as('COORDINATOR');
});
afterAll(async () => {
  await api.stop();
  await production.stop();
});

/** After every hostile request the server must still answer an ordinary one. */
async function stillAnswers() {
  expect((await coordinator.data(`{ viewer { role } }`)).viewer.role).toBe('COORDINATOR');
}

function post(url: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  return fetch(`${url}/graphql`, { method: 'POST', headers, body });
}

describe('hostile requests are refused with a clear error', () => {
  it('refuses deep nesting', async () => {
    let selection = 'name';
    for (let i = 0; i < 8; i += 1) selection = `connections { personA { ${selection} } }`;
    const result = await coordinator.request(`{ people(first: 1) { nodes { ${selection} } } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0]?.message).toMatch(/depth/i);
    await stillAnswers();
  });

  it('refuses a subscription, which this API does not offer, as the client\'s error', async () => {
    const result = await api.anonymous().request(`subscription { users { nodes { email } } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.data).toBeUndefined();
    await stillAnswers();
  });

  it('refuses hundreds of aliases', async () => {
    const aliases = Array.from({ length: 500 }, (_, i) => `a${i}: apiVersion`).join(' ');
    const result = await coordinator.request(`{ ${aliases} }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0]?.message).toMatch(/alias/i);
    await stillAnswers();
  });

  it('refuses a query whose cost is far beyond any screen', async () => {
    const wide = Array.from({ length: 20 }, (_, i) => `o${i}: organizations(first: 500) { nodes { people(first: 100) { nodes { connections { personA { name } personB { name } } } } } }`).join(' ');
    const result = await coordinator.request(`{ ${wide} }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', reason: 'COST', budget: 100_000, cost: expect.any(Number) });
    expect(result.data).toBeUndefined();
    await stillAnswers();
  });

  it('refuses the documents that once froze the server before running them: deep nesting of lists, 30 aliased analytics, 30 aliased exports', async () => {
    const dates = Array.from({ length: 24 }, (_, i) => `"2025-${String((i % 12) + 1).padStart(2, '0')}-01"`).join(', ');
    const attacks: [string, string][] = [
      ['COST', `{ networks(first: 30) { nodes { members { person { memberships { network { members { person { name } } } } } } } } }`],
      ['ANALYTICS', `{ ${Array.from({ length: 30 }, (_, i) => `e${i}: eiOverTime(dates: [${dates}]) { eiIndex }`).join(' ')} }`],
      ['EXPORTS', `{ ${Array.from({ length: 30 }, (_, i) => `x${i}: exportGraph(format: GEXF) { content }`).join(' ')} }`],
    ];
    for (const [reason, document] of attacks) {
      const result = await coordinator.request(document);
      expect([reason, result.errors?.[0]?.extensions]).toEqual([reason, expect.objectContaining({ code: 'QUERY_TOO_COSTLY', reason, cost: expect.any(Number) })]);
      expect(result.data).toBeUndefined();
    }
    await stillAnswers();
  });

  it('refuses batched arrays of operations', async () => {
    const response = await post(api.url, JSON.stringify([{ query: '{ apiVersion }' }, { query: '{ apiVersion }' }]));
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/batch/i);
    await stillAnswers();
  });

  it('refuses introspection and field suggestions in production', async () => {
    const client = production.anonymous();
    const introspection = await client.request(`{ __schema { types { name } } }`);
    expect(introspection.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await client.request(`{ apiVersio }`);
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
    // Nor when a variable is coerced: a misspelt input field or enum value names no real one.
    const field = await client.request(`query($f: PersonFilter) { people(filter: $f) { totalCount } }`, { f: { sectrs: ['X'] } });
    const value = await client.request(`query($f: PersonFilter) { people(filter: $f) { totalCount } }`, { f: { sectors: ['BUSINES'] } });
    for (const answer of [field, value]) {
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.message).not.toMatch(/Did you mean|"sectors"|"BUSINESS"/);
    }
  });

  it('stops parsing a document of tens of thousands of tokens before validating it', async () => {
    const variables = Array.from({ length: 50_000 }, (_, i) => `$v${i}: Int`).join(' ');
    const result = await coordinator.request(`query(${variables}) { apiVersion }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(result.errors?.[0]?.message).toMatch(/5000 tokens/);
    await stillAnswers();
  });

  it('refuses a mutation sent over GET', async () => {
    const query = encodeURIComponent('mutation { logout }');
    const response = await fetch(`${api.url}/graphql?query=${query}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(405);
    await stillAnswers();
  });

  it('refuses a simple POST without the CSRF header (a form post from another site)', async () => {
    const response = await post(api.url, 'query={apiVersion}', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF|preflight/i);
    const get = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ apiVersion }')}`);
    expect(get.status).toBe(400);
  });

  it('refuses an oversized body with 413 and keeps answering', async () => {
    const huge = JSON.stringify({ query: `{ apiVersion }`, variables: { pad: 'x'.repeat(2_000_000) } });
    const response = await post(api.url, huge);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    await stillAnswers();
  });

  it('answers malformed JSON with 400, not a crash', async () => {
    const response = await post(api.url, '{"query": ');
    expect(response.status).toBe(400);
    await stillAnswers();
  });

  it('refuses logins past five wrong passwords and keeps serving others', async () => {
    const admin = await api.as('ADMIN');
    await admin.data(`mutation { createUser(input: { email: "six@example.org", password: "lilac-kettle-orbit-57", role: RESEARCHER }) { id } }`);
    const anonymous = api.anonymous();
    const codes: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      const result = await anonymous.request(`mutation { login(email: "six@example.org", password: "guess-${i}") { user { id } } }`);
      const extensions = result.errors?.[0]?.extensions;
      codes.push((extensions?.reason ?? extensions?.code) as string);
    }
    expect(codes.slice(0, 4)).toEqual(Array(4).fill('WRONG_LOGIN'));
    expect(codes.slice(4)).toEqual(['TOO_MANY_ATTEMPTS', 'TOO_MANY_ATTEMPTS']);
    await stillAnswers();
  });

  it('never shows SQL or a stack trace', async () => {
    const result = await coordinator.request(`{ organizations(first: 5, filter: { search: "'; DROP TABLE organizations; --" }) { totalCount } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ organizations: { totalCount: 0 } });
    const bad = await coordinator.request(`{ people(first: -1) { totalCount } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(JSON.stringify(bad)).not.toMatch(/stacktrace|SQLITE|select /i);
  });
});
