import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@brobygger/db';
import { startTestApi, type GraphQLTestClient, type TestApi } from '../../testing/index';
import { createOrg, firstError, rowCount } from '../person/test-fixtures';

const CREATE = `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id title kind status hoursPerWeek talents organization { id } } }`;
const GET = `query($id: ID!) { opportunity(id: $id) { id title status talents organization { id } } }`;
const LIST = `query($first: Int, $after: String, $filter: OpportunityFilter, $orderBy: OpportunityOrder) {
  opportunities(first: $first, after: $after, filter: $filter, orderBy: $orderBy) { totalCount pageInfo { hasNextPage endCursor } nodes { id title status organization { id } } } }`;

let api: TestApi;
let coordinator: GraphQLTestClient;
let ownOrg: string;
let otherOrg: string;
let employer: GraphQLTestClient;

beforeAll(async () => {
  api = await startTestApi();
  coordinator = await api.as('COORDINATOR');
  ownOrg = await createOrg(coordinator, { name: 'Own Bakery AS' });
  otherOrg = await createOrg(coordinator, { name: 'Other Workshop AS' });
  employer = await api.as('EMPLOYER', { organizationId: ownOrg });
});
afterAll(() => api.stop());

describe('openings', () => {
  it('creates, reads, updates and deletes an opening with its talents', async () => {
    const { createOpportunity } = await coordinator.data(CREATE, {
      input: { organizationId: otherOrg, title: 'Work trial: workshop', kind: 'WORK_TRIAL', hoursPerWeek: 20, talents: ['Welding', 'Driving'] },
    });
    expect(createOpportunity).toMatchObject({ status: 'OPEN', hoursPerWeek: 20, talents: ['Driving', 'Welding'], organization: { id: otherOrg } });
    const id = createOpportunity.id;
    const updated = await coordinator.data(
      `mutation($id: ID!) { updateOpportunity(id: $id, input: { status: FILLED, talents: ["Welding"] }) { status talents } }`,
      { id },
    );
    expect(updated.updateOpportunity).toEqual({ status: 'FILLED', talents: ['Welding'] });
    expect((await coordinator.data(GET, { id })).opportunity.status).toBe('FILLED');
    expect(await coordinator.data(`mutation($id: ID!) { deleteOpportunity(id: $id) }`, { id })).toEqual({ deleteOpportunity: id });
    expect(await rowCount(api, schema.opportunityTalents, eq(schema.opportunityTalents.opportunityId, id))).toBe(0);
    expect(firstError(await coordinator.request(GET, { id })).code).toBe('NOT_FOUND');
  });

  it('filters, sorts and pages', async () => {
    const org = await createOrg(coordinator, { name: 'Paging Openings AS' });
    for (let i = 0; i < 7; i++) {
      await coordinator.data(CREATE, { input: { organizationId: org, title: `Opening ${i}`, kind: i % 2 ? 'JOB' : 'INTERNSHIP' } });
    }
    const jobs = await coordinator.data(LIST, { filter: { organizationId: org, kinds: ['JOB'] }, orderBy: { field: 'TITLE', direction: 'DESC' } });
    expect(jobs.opportunities.nodes.map((n: { title: string }) => n.title)).toEqual(['Opening 5', 'Opening 3', 'Opening 1']);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { opportunities: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } =
        await coordinator.data(LIST, { first: 3, after, filter: { organizationId: org } });
      seen.push(...page.opportunities.nodes.map((n) => n.id));
      if (!page.opportunities.pageInfo.hasNextPage) break;
      after = page.opportunities.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(7);
    expect(seen).toHaveLength(7);
  });
});

describe('openings: bad input changes nothing', () => {
  it.each([
    ['missing title', { organizationId: 'x', kind: 'JOB' }, 'BAD_USER_INPUT', 'title'],
    ['wrong enum', { title: 'X', kind: 'GIG' }, 'BAD_USER_INPUT', 'kind'],
    ['hours out of range', { title: 'X', kind: 'JOB', hoursPerWeek: 170 }, 'BAD_USER_INPUT', 'hoursPerWeek'],
    ['duplicate talent', { title: 'X', kind: 'JOB', talents: ['Baking', 'baking'] }, 'BAD_USER_INPUT', 'talents.1'],
    ['unknown organisation', { organizationId: 'org_none', title: 'X', kind: 'JOB' }, 'NOT_FOUND', 'organizationId'],
  ])('%s', async (_label, input, code, field) => {
    const before = await rowCount(api, schema.opportunities);
    const result = await coordinator.request(CREATE, { input: { organizationId: ownOrg, ...input } });
    expect(firstError(result)).toEqual({ code, field });
    expect(await rowCount(api, schema.opportunities)).toBe(before);
  });

  it('requires an organisation from a coordinator', async () => {
    const result = await coordinator.request(CREATE, { input: { title: 'X', kind: 'JOB' } });
    expect(firstError(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'organizationId' });
  });
});

describe('openings: employer rules', () => {
  let otherOpen: string;
  let otherClosed: string;

  beforeAll(async () => {
    otherOpen = (await coordinator.data(CREATE, { input: { organizationId: otherOrg, title: 'Other open', kind: 'JOB' } })).createOpportunity.id;
    otherClosed = (
      await coordinator.data(CREATE, { input: { organizationId: otherOrg, title: 'Other closed', kind: 'JOB', status: 'CLOSED' } })
    ).createOpportunity.id;
  });

  it('creates for its own organisation by default, and never for another', async () => {
    const mine = await employer.data(CREATE, { input: { title: 'Baker apprentice', kind: 'INTERNSHIP', status: 'CLOSED' } });
    expect(mine.createOpportunity.organization.id).toBe(ownOrg);
    const before = await rowCount(api, schema.opportunities);
    const theirs = await employer.request(CREATE, { input: { organizationId: otherOrg, title: 'X', kind: 'JOB' } });
    expect(firstError(theirs).code).toBe('FORBIDDEN');
    expect(await rowCount(api, schema.opportunities)).toBe(before);
  });

  it('sees every open opening and all of its own, not closed ones of others', async () => {
    const { opportunities } = await employer.data(LIST, { first: 500 });
    const titles = opportunities.nodes.map((n: { title: string }) => n.title);
    expect(titles).toContain('Other open');
    expect(titles).toContain('Baker apprentice');
    expect(titles).not.toContain('Other closed');
    expect(firstError(await employer.request(GET, { id: otherClosed })).code).toBe('NOT_FOUND');
    expect((await employer.data(GET, { id: otherOpen })).opportunity.title).toBe('Other open');
  });

  it('may not change or delete another organisation’s opening', async () => {
    const update = await employer.request(`mutation($id: ID!) { updateOpportunity(id: $id, input: { status: CLOSED }) { id } }`, { id: otherOpen });
    expect(firstError(update).code).toBe('FORBIDDEN');
    expect(firstError(await employer.request(`mutation($id: ID!) { deleteOpportunity(id: $id) }`, { id: otherOpen })).code).toBe('FORBIDDEN');
    expect((await coordinator.data(GET, { id: otherOpen })).opportunity.status).toBe('OPEN');
  });

  it('changes and deletes its own', async () => {
    const { createOpportunity } = await employer.data(CREATE, { input: { title: 'Own job', kind: 'JOB' } });
    const updated = await employer.data(`mutation($id: ID!) { updateOpportunity(id: $id, input: { title: "Own job, 80%" }) { title } }`, {
      id: createOpportunity.id,
    });
    expect(updated.updateOpportunity.title).toBe('Own job, 80%');
    await employer.data(`mutation($id: ID!) { deleteOpportunity(id: $id) }`, { id: createOpportunity.id });
  });

  it('a researcher reads but may not write', async () => {
    const researcher = await api.as('RESEARCHER');
    expect((await researcher.data(GET, { id: otherClosed })).opportunity.status).toBe('CLOSED');
    expect(firstError(await researcher.request(CREATE, { input: { organizationId: ownOrg, title: 'X', kind: 'JOB' } })).code).toBe('FORBIDDEN');
  });
});
