import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { schema } from '@brobygger/db';
import { startTestApi, type GraphQLTestClient, type TestApi } from '../../testing/index';

const CREATE = `mutation Create($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { id name orgNumber sector kind municipalityName }
}`;
const UPDATE = `mutation Update($id: ID!, $input: UpdateOrganizationInput!) {
  updateOrganization(id: $id, input: $input) { id name orgNumber }
}`;
const DELETE = `mutation Delete($id: ID!) { deleteOrganization(id: $id) }`;
const GET = `query Get($id: ID!) { organization(id: $id) { id name sector } }`;
const LIST = `query List($first: Int, $after: String, $filter: OrganizationFilter, $orderBy: OrganizationOrder) {
  organizations(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount nodes { id name } pageInfo { hasNextPage endCursor }
  }
}`;

let api: TestApi;
let coordinator: GraphQLTestClient;

async function organizationCount(): Promise<number> {
  const [row] = await api.handle.db.select({ n: count() }).from(schema.organizations);
  return row?.n ?? 0;
}

beforeAll(async () => {
  api = await startTestApi();
  coordinator = await api.as('COORDINATOR');
});
afterAll(() => api.stop());

describe('organisations', () => {
  it('creates, reads, updates and deletes an organisation', async () => {
    const { createOrganization: created } = await coordinator.data(CREATE, {
      input: { name: 'KREM', orgNumber: '989 483 404', sector: 'CIVIL', kind: 'SOCIAL_ENTERPRISE', municipalityName: 'Skien' },
    });
    expect(created).toMatchObject({ name: 'KREM', orgNumber: '989483404', sector: 'CIVIL', municipalityName: 'Skien' });

    const { organization } = await coordinator.data(GET, { id: created.id });
    expect(organization.name).toBe('KREM');

    const { updateOrganization } = await coordinator.data(UPDATE, { id: created.id, input: { name: 'KREM Norge' } });
    expect(updateOrganization).toMatchObject({ name: 'KREM Norge', orgNumber: '989483404' });

    const { deleteOrganization } = await coordinator.data(DELETE, { id: created.id });
    expect(deleteOrganization).toBe(created.id);
    const gone = await coordinator.request(GET, { id: created.id });
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it.each([
    ['a missing name', { sector: 'BUSINESS', kind: 'COMPANY' }, 'name'],
    ['a wrong enum', { name: 'X AS', sector: 'PRIVATE', kind: 'COMPANY' }, 'sector'],
    ['a wrong check digit', { name: 'X AS', sector: 'BUSINESS', kind: 'COMPANY', orgNumber: '989483405' }, 'orgNumber'],
    ['too few digits', { name: 'X AS', sector: 'BUSINESS', kind: 'COMPANY', orgNumber: '98948340' }, 'orgNumber'],
    ['a bad municipality number', { name: 'X AS', sector: 'BUSINESS', kind: 'COMPANY', municipalityNumber: '40' }, 'municipalityNumber'],
  ])('refuses %s with BAD_USER_INPUT on the field, writing nothing', async (_case, input, field) => {
    const before = await organizationCount();
    const result = await coordinator.request(CREATE, { input });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0]?.message).not.toMatch(/SQL|sqlite|at \w+ \(/i);
    expect(await organizationCount()).toBe(before);
  });

  it('refuses a duplicate organisation number and names the holder', async () => {
    await coordinator.data(CREATE, { input: { name: 'NAV', orgNumber: '889640782', sector: 'PUBLIC', kind: 'NAV_OFFICE' } });
    const before = await organizationCount();
    const result = await coordinator.request(CREATE, {
      input: { name: 'NAV again', orgNumber: '889640782', sector: 'PUBLIC', kind: 'NAV_OFFICE' },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'orgNumber' });
    expect(result.errors?.[0]?.message).toContain('NAV');
    expect(await organizationCount()).toBe(before);
  });

  it('answers NOT_FOUND for an unknown id on update and delete', async () => {
    const update = await coordinator.request(UPDATE, { id: 'org_nope', input: { name: 'Y' } });
    expect(update.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const remove = await coordinator.request(DELETE, { id: 'org_nope' });
    expect(remove.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses to delete an organisation that people are affiliated with', async () => {
    const { createOrganization: org } = await coordinator.data(CREATE, {
      input: { name: 'Porsgrunn kommune', sector: 'PUBLIC', kind: 'MUNICIPALITY' },
    });
    await coordinator.data(`mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`, {
      input: { name: 'Kari Nordmann', sector: 'PUBLIC', organizationId: org.id },
    });
    const result = await coordinator.request(DELETE, { id: org.id });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/affiliated/);
    const still = await coordinator.data(GET, { id: org.id });
    expect(still.organization.id).toBe(org.id);
  });

  it('walks a whole list page by page with no duplicates and no gaps', async () => {
    for (let i = 0; i < 23; i += 1) {
      await coordinator.data(CREATE, { input: { name: `Paged ${String(i).padStart(2, '0')} AS`, sector: 'BUSINESS', kind: 'COMPANY' } });
    }
    const filter = { search: 'Paged' };
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { organizations }: { organizations: any } = await coordinator.data(LIST, { first: 5, after, filter, orderBy: { field: 'NAME', direction: 'DESC' } });
      expect(organizations.totalCount).toBe(23);
      seen.push(...organizations.nodes.map((n: { name: string }) => n.name));
      after = organizations.pageInfo.hasNextPage ? organizations.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(5);
    expect(seen).toHaveLength(23);
    expect(new Set(seen).size).toBe(23);
    expect(seen[0]).toBe('Paged 22 AS');
    expect(seen.at(-1)).toBe('Paged 00 AS');
  });

  it('filters by sector and refuses a cursor it did not give out', async () => {
    const { organizations } = await coordinator.data(LIST, { first: 100, filter: { sectors: ['PUBLIC'] } });
    expect(organizations.nodes.length).toBeGreaterThan(0);
    expect(organizations.nodes.every((n: { name: string }) => !n.name.startsWith('Paged'))).toBe(true);
    const bad = await coordinator.request(LIST, { first: 5, after: 'not-a-cursor' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('needs a session and the coordinator role to write', async () => {
    const anonymous = await api.anonymous().request(LIST, { first: 1 });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const researcher = await api.as('RESEARCHER');
    const refused = await researcher.request(CREATE, { input: { name: 'X', sector: 'BUSINESS', kind: 'COMPANY' } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
