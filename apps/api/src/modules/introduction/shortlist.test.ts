import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@brobygger/db';
import { startTestApi, type GraphQLTestClient, type TestApi } from '../../testing/index';
import { firstError, rowCount } from '../person/test-fixtures';
import { COORDINATOR_CARDS } from '../../privacy/pseudonyms';
import { cardIdOf, employerOf, visibleCandidate } from './test-fixtures';

const RATE = `mutation($input: RateCandidateInput!) { rateCandidate(input: $input) { id rating candidate { id } opportunity { id } } }`;
const SHORTLIST = `query($id: ID!) { shortlist(opportunityId: $id) { id rating candidate { id pseudonym } } }`;
const JOURNEY = `query($id: ID!) { person(id: $id) { participant { status statusHistory { status note } } } }`;
const REPORTS = `query($state: JobReportState) { jobReports(state: $state, first: 100) { nodes { id state opportunity { id } } } }`;

interface Journey {
  person: { participant: { status: string; statusHistory: { status: string; note: string | null }[] } };
}

let api: TestApi;
let coordinator: GraphQLTestClient;
let employer: GraphQLTestClient;
let employerOrg: string;
let rival: GraphQLTestClient;

async function opening(client: GraphQLTestClient, hours: number | null): Promise<string> {
  const data = await client.data<{ createOpportunity: { id: string } }>(
    `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }`,
    { input: { title: `Lagermedarbeider ${hours ?? 'ukjent'} t`, kind: 'JOB', hoursPerWeek: hours } },
  );
  return data.createOpportunity.id;
}

beforeAll(async () => {
  api = await startTestApi();
  coordinator = await api.as('COORDINATOR');
  ({ client: employer, organizationId: employerOrg } = await employerOf(api, coordinator, 'Skien Lager AS'));
  ({ client: rival } = await employerOf(api, coordinator, 'Andre Lager AS'));
});
afterAll(() => api.stop());

describe('shortlist', () => {
  it('keeps a rating per candidate and opening, best first', async () => {
    const id = await opening(employer, 20);
    const a = await visibleCandidate(employerOrg, coordinator, 'Liste A');
    const b = await visibleCandidate(employerOrg, coordinator, 'Liste B');
    await employer.data(RATE, { input: { opportunityId: id, candidateId: a.cardId, rating: 'NOT_RELEVANT' } });
    await employer.data(RATE, { input: { opportunityId: id, candidateId: b.cardId, rating: 'TO_CONSIDER' } });
    const changed = await employer.data<{ rateCandidate: { rating: string } }>(RATE, { input: { opportunityId: id, candidateId: b.cardId, rating: 'RELEVANT' } });
    expect(changed.rateCandidate.rating).toBe('RELEVANT');
    const list = await employer.data<{ shortlist: { rating: string; candidate: { id: string } }[] }>(SHORTLIST, { id });
    expect(list.shortlist.map((e) => [e.candidate.id, e.rating])).toEqual([
      [b.cardId, 'RELEVANT'],
      [a.cardId, 'NOT_RELEVANT'],
    ]);
    expect(JSON.stringify(list)).not.toContain(a.personId);
    expect(firstError(await rival.request(SHORTLIST, { id })).code).toBe('NOT_FOUND');
  });

  it('leaves out a candidate who withdraws consent, and can still remove them', async () => {
    const id = await opening(employer, 20);
    const c = await visibleCandidate(employerOrg, coordinator, 'Liste Trekker');
    await employer.data(RATE, { input: { opportunityId: id, candidateId: c.cardId, rating: 'RELEVANT' } });
    await coordinator.data(`mutation($p: ID!) { updateConsent(personId: $p, input: { visibleToEmployers: false }) { id } }`, { p: c.personId });
    expect((await employer.data<{ shortlist: unknown[] }>(SHORTLIST, { id })).shortlist).toEqual([]);
    expect(firstError(await employer.request(RATE, { input: { opportunityId: id, candidateId: c.cardId, rating: 'RELEVANT' } }))).toEqual({
      code: 'NOT_FOUND',
      field: 'candidateId',
    });
    const removed = await employer.data<{ removeFromShortlist: string }>(`mutation($o: ID!, $c: ID!) { removeFromShortlist(opportunityId: $o, candidateId: $c) }`, {
      o: id,
      c: c.cardId,
    });
    expect(removed.removeFromShortlist).toMatch(/^sle_/);
    expect(await rowCount(api, schema.shortlistEntries, eq(schema.shortlistEntries.opportunityId, id))).toBe(0);
  });

  it('an employer’s "got the job" leaves the journey as it was and makes one pending report', async () => {
    const id = await opening(employer, 20);
    const c = await visibleCandidate(employerOrg, coordinator, 'Fikk Jobben Meldt');
    const before = await coordinator.data<Journey>(JOURNEY, { id: c.personId });
    await employer.data(RATE, { input: { opportunityId: id, candidateId: c.cardId, rating: 'GOT_THE_JOB' } });
    // Rating again makes no second report.
    await employer.data(RATE, { input: { opportunityId: id, candidateId: c.cardId, rating: 'GOT_THE_JOB' } });
    expect(await coordinator.data<Journey>(JOURNEY, { id: c.personId })).toEqual(before);
    expect(before.person.participant.status).not.toMatch(/^EMPLOYED/);
    const reports = (await coordinator.data<{ jobReports: { nodes: { state: string; opportunity: { id: string } }[] } }>(REPORTS)).jobReports.nodes;
    expect(reports.filter((r) => r.opportunity.id === id).map((r) => r.state)).toEqual(['PENDING']);
  });

  it('takes back a pending report when the employer rates the candidate otherwise', async () => {
    const id = await opening(employer, 20);
    const c = await visibleCandidate(employerOrg, coordinator, 'Angret Melding');
    await employer.data(RATE, { input: { opportunityId: id, candidateId: c.cardId, rating: 'GOT_THE_JOB' } });
    await employer.data(RATE, { input: { opportunityId: id, candidateId: c.cardId, rating: 'RELEVANT' } });
    const reports = (await coordinator.data<{ jobReports: { nodes: { opportunity: { id: string } }[] } }>(REPORTS)).jobReports.nodes;
    expect(reports.filter((r) => r.opportunity.id === id)).toEqual([]);
  });

  it.each([
    [20, 'EMPLOYED_PART_TIME'],
    [37, 'EMPLOYED_FULL_TIME'],
  ])('a coordinator’s "got the job" on a %s-hour opening records %s on the journey at once', async (hours, status) => {
    const id = await opening(employer, hours);
    const c = await visibleCandidate(employerOrg, coordinator, `Koordinator Ansatt ${String(hours).replace(/\d/g, 'x')}`);
    await employer.data(RATE, { input: { opportunityId: id, candidateId: c.cardId, rating: 'GOT_THE_JOB' } });
    const coordinatorsCard = cardIdOf(c.personId, COORDINATOR_CARDS);
    await coordinator.data(RATE, { input: { opportunityId: id, candidateId: coordinatorsCard, rating: 'GOT_THE_JOB' } });
    const journey = await coordinator.data<Journey>(JOURNEY, { id: c.personId });
    expect(journey.person.participant.status).toBe(status);
    expect(journey.person.participant.statusHistory.at(-1)).toEqual({ status, note: null });
    // The employer's report is the one the coordinator just confirmed; rating again adds nothing.
    const confirmed = (await coordinator.data<{ jobReports: { nodes: { id: string; opportunity: { id: string } }[] } }>(REPORTS, { state: 'CONFIRMED' })).jobReports.nodes;
    expect(confirmed.filter((r) => r.opportunity.id === id)).toHaveLength(1);
    await coordinator.data(RATE, { input: { opportunityId: id, candidateId: coordinatorsCard, rating: 'GOT_THE_JOB' } });
    expect(await coordinator.data<Journey>(JOURNEY, { id: c.personId })).toEqual(journey);
  });

  it.each([
    ['an unknown rating', { rating: 'MAYBE' }, 'BAD_USER_INPUT', 'rating'],
    ['an unknown candidate', { candidateId: 'P-0000000000' }, 'NOT_FOUND', 'candidateId'],
    ['a person id', { candidateId: 'person' }, 'NOT_FOUND', 'candidateId'],
    ['another organisation’s opening', { opportunityId: 'rival' }, 'NOT_FOUND', 'opportunityId'],
  ])('refuses %s and writes nothing', async (_label, change, code, field) => {
    const own = await opening(employer, 10);
    const rivals = await opening(rival, 10);
    const c = await visibleCandidate(employerOrg, coordinator, 'Refused Rating');
    const input: Record<string, unknown> = { opportunityId: own, candidateId: c.cardId, rating: 'RELEVANT', ...change };
    if (input.opportunityId === 'rival') input.opportunityId = rivals;
    if (input.candidateId === 'person') input.candidateId = c.personId;
    const before = await rowCount(api, schema.shortlistEntries);
    expect(firstError(await employer.request(RATE, { input }))).toEqual({ code, field });
    expect(await rowCount(api, schema.shortlistEntries)).toBe(before);
  });
});
