import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@brobygger/db';
import { spawnServer, tempDir } from '../reliability/server-process';
import { GraphQLTestClient, startTestApi, type TestApi } from '../testing/index';

/**
 * The attacks that once got past a permission check which looked only at an operation's plain
 * root fields: each one as it was sent, now refused where the field resolves.
 */
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

const CREATE_ADMIN_BY_FRAGMENT = `
  mutation { ...M }
  fragment M on Mutation {
    createUser(input: { email: "x@example.net", password: "a-password-of-some-length", role: ADMIN }) { id }
  }`;

async function accountsWithEmail(email: string) {
  return api.handle.db.select().from(schema.users).where(eq(schema.users.email, email));
}

describe('fragments and inline fragments meet the same check as plain fields', () => {
  it('refuses to create an admin for a caller without a session, and creates nothing', async () => {
    const response = await api.anonymous().request(CREATE_ADMIN_BY_FRAGMENT);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(response.data).toBeNull();
    expect(await accountsWithEmail('x@example.net')).toEqual([]);
  });

  it('refuses the same through nested inline fragments with an alias and directives', async () => {
    const response = await api.anonymous().request(`
      mutation { ... on Mutation { ... @include(if: true) {
        boss: createUser(input: { email: "y@example.net", password: "a-password-of-some-length", role: ADMIN }) @skip(if: false) { id }
      } } }`);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await accountsWithEmail('y@example.net')).toEqual([]);
  });

  it('reads no accounts, audit events or participant names for a caller without a session', async () => {
    const response = await api.anonymous().request(`
      query { ...Outer }
      fragment Outer on Query { ...Inner }
      fragment Inner on Query {
        users { nodes { email } }
        auditEvents { nodes { action } }
        accountLinkTargets(kind: PERSON, search: "a") { __typename }
      }`);
    expect(response.data).toBeNull();
    expect(new Set(response.errors?.map((error) => error.extensions?.code))).toEqual(new Set(['UNAUTHENTICATED']));
  });

  it('does not let a participant set the admin password through a fragment', async () => {
    const admin = await api.as('ADMIN');
    const adminId = (await admin.data<{ viewer: { id: string } }>(`{ viewer { id } }`)).viewer.id;
    const [before] = await api.handle.db.select().from(schema.users).where(eq(schema.users.id, adminId));
    const participant = await api.as('PARTICIPANT');
    const response = await participant.request(
      `mutation($id: ID!) { ...M } fragment M on Mutation { updateUser(id: $id, input: { password: "participant-chose-this" }) { id } }`,
      { id: adminId },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE' });
    const [after] = await api.handle.db.select().from(schema.users).where(eq(schema.users.id, adminId));
    expect(after?.passwordHash).toBe(before?.passwordHash);
  });

  it('does not let an employer change a participant’s consent or delete a person through an inline fragment', async () => {
    const coordinator = await api.as('COORDINATOR');
    const { createPerson } = await coordinator.data<{ createPerson: { id: string } }>(
      `mutation { createPerson(input: { name: "Kari Fragment", sector: CIVIL, participant: { hoursPerWeek: 20 } }) { id } }`,
    );
    const employer = await api.as('EMPLOYER');
    for (const attack of [
      `mutation($id: ID!) { ... on Mutation { consent: updateConsent(personId: $id, input: { visibleToEmployers: true }) { __typename } } }`,
      `mutation($id: ID!) { ... on Mutation { ... @include(if: true) { gone: deletePerson(id: $id) } } }`,
    ]) {
      const response = await employer.request(attack, { id: createPerson.id });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE' });
    }
    const person = await coordinator.data<{ person: { name: string; participant: { visibleToEmployers: boolean } } }>(
      `query($id: ID!) { person(id: $id) { name participant { visibleToEmployers } } }`,
      { id: createPerson.id },
    );
    expect(person.person).toEqual({ name: 'Kari Fragment', participant: { visibleToEmployers: false } });
  });
});

describe('the request log', () => {
  it('records the fields an operation resolved, however the document spelled them', async () => {
    const tmp = tempDir();
    const server = await spawnServer({
      database: { path: join(tmp.dir, 'log.db') },
      env: { LOG_REQUESTS: 'true' },
    });
    try {
      const response = await new GraphQLTestClient(server.url).request(CREATE_ADMIN_BY_FRAGMENT);
      const line = server
        .stdout()
        .split('\n')
        .filter((text) => text.includes('"msg":"request"'))
        .map((text) => JSON.parse(text) as Record<string, unknown>)
        .find((entry) => entry.requestId === response.headers.get('x-request-id'));
      expect(line).toMatchObject({ operationType: 'mutation', fields: ['createUser'], role: null, errorCodes: ['UNAUTHENTICATED'] });
    } finally {
      await server.kill();
      tmp.cleanup();
    }
  });
});
