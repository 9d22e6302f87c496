import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type GraphQLTestClient, type TestApi } from '../testing/index';

/**
 * U+0000 in any value — an id, an e-mail, a filter, a literal — is bad input with a code,
 * before anything reaches the database (PostgreSQL's text cannot hold it; a query would fail).
 */
let api: TestApi;
let coordinator: GraphQLTestClient;
beforeAll(async () => {
  api = await startTestApi();
  coordinator = await api.as('COORDINATOR');
});
afterAll(() => api.stop());

const refusal = (answer: { errors?: { extensions?: Record<string, unknown> }[] }) => answer.errors?.[0]?.extensions;

describe('the NUL character', () => {
  it('is refused in a login e-mail, with no session', async () => {
    const answer = await api
      .anonymous()
      .request(`mutation($email: String!, $password: String!) { login(email: $email, password: $password) { user { id } } }`, {
        email: 'coordinator@example.org\u0000',
        password: 'x',
      });
    expect(refusal(answer)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CONTROL_CHARACTER', field: 'email' });
    expect((answer as { status?: number }).status).toBe(400);
  });

  it('is refused in ids and filters, in variables and in literals', async () => {
    expect(refusal(await coordinator.request(`query($id: ID!) { person(id: $id) { id } }`, { id: 'per_\u0000x' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
    });
    expect(
      refusal(await coordinator.request(`query($f: PersonFilter) { people(filter: $f) { totalCount } }`, { f: { organizationId: '\u0000' } })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.organizationId' });
    expect(refusal(await coordinator.request(`{ organization(id: "org_\\u0000") { id } }`))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
    });
  });

  it('changes nothing when refused in a mutation', async () => {
    const before = (await coordinator.data<{ organizations: { totalCount: number } }>(`{ organizations { totalCount } }`)).organizations.totalCount;
    const answer = await coordinator.request(`mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`, {
      i: { name: 'Nul\u0000 AS', sector: 'BUSINESS', kind: 'COMPANY' },
    });
    expect(refusal(answer)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect((await coordinator.data<{ organizations: { totalCount: number } }>(`{ organizations { totalCount } }`)).organizations.totalCount).toBe(before);
  });
});
