import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type GraphQLTestClient, type TestApi } from '../../testing/index';

const TARGETS = `query($kind: AccountLinkKind!, $search: String!, $first: Int) {
  accountLinkTargets(kind: $kind, search: $search, first: $first) { id kind name detail isParticipant }
}`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id person { id name } organization { id name } } }`;

let api: TestApi;
let admin: GraphQLTestClient;
let orgId: string;
let personId: string;

beforeAll(async () => {
  api = await startTestApi();
  admin = await api.as('ADMIN');
  const coordinator = await api.as('COORDINATOR');
  orgId = (
    await coordinator.data(`mutation { createOrganization(input: { name: "Porsgrunn Sveis AS", sector: BUSINESS, kind: COMPANY, municipalityName: "Porsgrunn" }) { id } }`)
  ).createOrganization.id as string;
  personId = (
    await coordinator.data(
      `mutation($org: ID) { createPerson(input: { name: "Åse Linkesen", sector: CIVIL, email: "ase@example.org", organizationId: $org }) { id } }`,
      { org: orgId },
    )
  ).createPerson.id as string;
  await coordinator.data(`mutation { createPerson(input: { name: "Per Annen", sector: PUBLIC }) { id } }`);
});
afterAll(() => api.stop());

describe('accountLinkTargets', () => {
  it('finds people by part of their name, with what tells namesakes apart', async () => {
    const data = await admin.data(TARGETS, { kind: 'PERSON', search: 'linkes' });
    expect(data.accountLinkTargets).toEqual([
      { id: personId, kind: 'PERSON', name: 'Åse Linkesen', detail: 'ase@example.org · Porsgrunn Sveis AS', isParticipant: false },
    ]);
  });

  it('finds organisations by name, and the id it gives links an account', async () => {
    const data = await admin.data(TARGETS, { kind: 'ORGANIZATION', search: 'sveis' });
    expect(data.accountLinkTargets).toEqual([
      { id: orgId, kind: 'ORGANIZATION', name: 'Porsgrunn Sveis AS', detail: 'Porsgrunn', isParticipant: false },
    ]);
    const created = await admin.data(CREATE_USER, {
      input: { email: 'sveis@example.org', password: 'lilac-kettle-orbit-57', role: 'EMPLOYER', organizationId: orgId },
    });
    expect(created.createUser.organization).toEqual({ id: orgId, name: 'Porsgrunn Sveis AS' });
  });

  it('limits the answer to `first` and finds nothing for an unknown name', async () => {
    expect((await admin.data(TARGETS, { kind: 'PERSON', search: 'e', first: 1 })).accountLinkTargets).toHaveLength(1);
    expect((await admin.data(TARGETS, { kind: 'PERSON', search: 'Ingen Slik' })).accountLinkTargets).toEqual([]);
  });

  it('answers bad input with the field it is about', async () => {
    for (const [variables, field] of [
      [{ kind: 'PERSON', search: '   ' }, 'search'],
      [{ kind: 'PERSON', search: 'x'.repeat(101) }, 'search'],
      [{ kind: 'PERSON', search: 'Per', first: 0 }, 'first'],
      [{ kind: 'PERSON', search: 'Per', first: 51 }, 'first'],
    ] as const) {
      const { errors } = await admin.request(TARGETS, variables);
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('is for admins only', async () => {
    for (const role of ['COORDINATOR', 'EMPLOYER', 'RESEARCHER', 'PARTICIPANT'] as const) {
      const client = await api.as(role);
      const { errors } = await client.request(TARGETS, { kind: 'PERSON', search: 'Per' });
      expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
