import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@brobygger/db';
import {
  startTestApi,
  type GraphQLResponse,
  type GraphQLTestClient,
  type TestApi,
} from '../../testing/index';
import { rowCount } from '../person/test-fixtures';
import { employerOf, visibleCandidate } from './test-fixtures';

const RATE = `mutation($input: RateCandidateInput!) { rateCandidate(input: $input) { id } }`;
const JOURNEY = `query($id: ID!) { person(id: $id) { participant { status statusHistory { status note } } } }`;
const REPORT_FIELDS = `id state reportedAt decidedAt defaultStatus participant { id name } opportunity { id title organization { id } } reportedBy { id name }`;
const REPORTS = `query($state: JobReportState, $first: Int, $after: String) {
  jobReports(state: $state, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${REPORT_FIELDS} } } }`;
const CONFIRM = `mutation($id: ID!, $status: ParticipantStatus) { confirmJobReport(id: $id, status: $status) { ${REPORT_FIELDS} } }`;
const DISMISS = `mutation($id: ID!) { dismissJobReport(id: $id) { ${REPORT_FIELDS} } }`;

interface Report {
  id: string;
  state: string;
  reportedAt: string;
  decidedAt: string | null;
  defaultStatus: string;
  participant: { id: string; name: string } | null;
  opportunity: { id: string; title: string; organization: { id: string } };
  reportedBy: { id: string; name: string };
}
interface Journey {
  person: {
    participant: { status: string; statusHistory: { status: string; note: string | null }[] };
  };
}

let api: TestApi;
let coordinator: GraphQLTestClient;
let employer: GraphQLTestClient;
let employerOrg: string;
let counter = 0;

beforeAll(async () => {
  api = await startTestApi();
  coordinator = await api.as('COORDINATOR');
  ({ client: employer, organizationId: employerOrg } = await employerOf(
    api,
    coordinator,
    'Porsgrunn Bakeri AS',
  ));
});
afterAll(() => api.stop());

/** A participant the employer rated GOT_THE_JOB on a fresh opening of `hours` hours; returns the pending report. */
async function reported(hours: number | null, name = `Meldt Deltaker ${'x'.repeat(++counter)}`) {
  const opening = await employer.data<{ createOpportunity: { id: string } }>(
    `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }`,
    { input: { title: `Baker ${counter}`, kind: 'JOB', hoursPerWeek: hours } },
  );
  const opportunityId = opening.createOpportunity.id;
  const c = await visibleCandidate(employerOrg, coordinator, name);
  await employer.data(RATE, {
    input: { opportunityId, candidateId: c.cardId, rating: 'GOT_THE_JOB' },
  });
  const report = (await pending()).find((r) => r.opportunity.id === opportunityId);
  if (!report) throw new Error('no pending report');
  return { ...c, opportunityId, report };
}

async function pending(): Promise<Report[]> {
  return (await coordinator.data<{ jobReports: { nodes: Report[] } }>(REPORTS, { first: 500 }))
    .jobReports.nodes;
}

function journey(personId: string) {
  return coordinator.data<Journey>(JOURNEY, { id: personId });
}

function refusal(result: GraphQLResponse) {
  const error = result.errors?.[0];
  return {
    code: error?.extensions?.code,
    field: error?.extensions?.field,
    params: error?.extensions?.params,
  };
}

const statusChanges = (personId: string) =>
  rowCount(
    api,
    schema.participantStatusChanges,
    eq(schema.participantStatusChanges.personId, personId),
  );

describe('job reports', () => {
  it('lists pending reports for coordinators, with the participant’s name, the opening and who reported it', async () => {
    const { personId, opportunityId, report } = await reported(20, 'Kari Meldt');
    expect(report).toMatchObject({
      state: 'PENDING',
      decidedAt: null,
      defaultStatus: 'EMPLOYED_PART_TIME',
      participant: { id: personId, name: 'Kari Meldt' },
      opportunity: { id: opportunityId, organization: { id: employerOrg } },
      reportedBy: { id: employerOrg, name: 'Porsgrunn Bakeri AS' },
    });
    expect(Number.isNaN(Date.parse(report.reportedAt))).toBe(false);
  });

  it('pages through the reports, newest first', async () => {
    await reported(30);
    await reported(30);
    const all = await pending();
    const first = await coordinator.data<{
      jobReports: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        nodes: Report[];
      };
    }>(REPORTS, { first: 1 });
    expect(first.jobReports.totalCount).toBe(all.length);
    expect(first.jobReports.pageInfo.hasNextPage).toBe(true);
    const next = await coordinator.data<{ jobReports: { nodes: Report[] } }>(REPORTS, {
      first: 1,
      after: first.jobReports.pageInfo.endCursor,
    });
    expect([...first.jobReports.nodes, ...next.jobReports.nodes].map((r) => r.id)).toEqual(
      all.slice(0, 2).map((r) => r.id),
    );
    const times = all.map((r) => r.reportedAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it.each([
    [20, undefined, 'EMPLOYED_PART_TIME'],
    [37, undefined, 'EMPLOYED_FULL_TIME'],
    [null, undefined, 'EMPLOYED_FULL_TIME'],
    [37, 'EMPLOYED_PART_TIME', 'EMPLOYED_PART_TIME'],
    [10, 'EMPLOYED_FULL_TIME', 'EMPLOYED_FULL_TIME'],
  ])(
    'a coordinator confirms a report on a %s-hour opening (chosen: %s) and the journey shows %s',
    async (hours, chosen, status) => {
      const { personId, report } = await reported(hours);
      const confirmed = await coordinator.data<{ confirmJobReport: Report }>(CONFIRM, {
        id: report.id,
        status: chosen,
      });
      expect(confirmed.confirmJobReport).toMatchObject({
        id: report.id,
        state: 'CONFIRMED',
        decidedAt: expect.any(String),
      });
      const after = await journey(personId);
      expect(after.person.participant.status).toBe(status);
      // No note: the journey shows the status, and the web words it in the reader's language.
      expect(after.person.participant.statusHistory.at(-1)).toEqual({ status, note: null });
      expect((await pending()).map((r) => r.id)).not.toContain(report.id);
      const done = await coordinator.data<{ jobReports: { nodes: Report[] } }>(REPORTS, {
        state: 'CONFIRMED',
        first: 500,
      });
      expect(done.jobReports.nodes.map((r) => r.id)).toContain(report.id);
      const events = await rowCount(
        api,
        schema.auditEvents,
        and(eq(schema.auditEvents.action, 'confirm'), eq(schema.auditEvents.entityId, report.id)),
      );
      expect(events).toBe(1);
    },
  );

  it('dismissing a report leaves the journey as it was', async () => {
    const { personId, cardId, opportunityId, report } = await reported(20);
    const before = await journey(personId);
    const dismissed = await coordinator.data<{ dismissJobReport: Report }>(DISMISS, {
      id: report.id,
    });
    expect(dismissed.dismissJobReport.state).toBe('DISMISSED');
    expect(await journey(personId)).toEqual(before);
    expect((await pending()).map((r) => r.id)).not.toContain(report.id);
    // A decided report stays decided: the employer rating it again does not report it anew.
    for (const rating of ['RELEVANT', 'GOT_THE_JOB']) {
      await employer.data(RATE, { input: { opportunityId, candidateId: cardId, rating } });
    }
    expect((await pending()).filter((r) => r.opportunity.id === opportunityId)).toEqual([]);
  });

  it('is coordinator work even after the participant stopped being visible to employers', async () => {
    const { personId, report } = await reported(20);
    await coordinator.data(
      `mutation($p: ID!) { updateConsent(personId: $p, input: { visibleToEmployers: false }) { id } }`,
      { p: personId },
    );
    expect((await pending()).map((r) => r.id)).toContain(report.id);
    await coordinator.data(CONFIRM, { id: report.id });
    expect((await journey(personId)).person.participant.status).toBe('EMPLOYED_PART_TIME');
  });

  it('goes with the rest of a participant’s data when they erase it', async () => {
    const { personId, report } = await reported(20);
    const participant = await api.as('PARTICIPANT', { personId });
    await participant.data(`mutation { eraseMe }`);
    expect((await pending()).map((r) => r.id)).not.toContain(report.id);
    expect(refusal(await coordinator.request(DISMISS, { id: report.id })).code).toBe('NOT_FOUND');
  });

  it.each([
    ['confirm', CONFIRM],
    ['dismiss', DISMISS],
  ])('refuses to %s a report already decided, naming its state', async (_label, mutation) => {
    const { personId, report } = await reported(20);
    await coordinator.data(CONFIRM, { id: report.id });
    const changes = await statusChanges(personId);
    expect(refusal(await coordinator.request(mutation, { id: report.id }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'id',
      params: { state: 'CONFIRMED' },
    });
    expect(await statusChanges(personId)).toBe(changes);
  });

  it('answers an unknown id, or a shortlist entry nobody reported, as NOT_FOUND', async () => {
    expect(refusal(await coordinator.request(CONFIRM, { id: 'sle_unknown' }))).toMatchObject({
      code: 'NOT_FOUND',
      field: 'id',
    });
    const { opportunityId, cardId } = await reported(20);
    const entry = await employer.data<{ rateCandidate: { id: string } }>(RATE, {
      input: { opportunityId, candidateId: cardId, rating: 'RELEVANT' },
    });
    expect(
      refusal(await coordinator.request(DISMISS, { id: entry.rateCandidate.id })),
    ).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it('refuses a status that is not a job, and writes nothing', async () => {
    const { personId, report } = await reported(20);
    const before = await journey(personId);
    expect(
      refusal(await coordinator.request(CONFIRM, { id: report.id, status: 'IN_ACTIVITY' })),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'status',
      params: { status: 'IN_ACTIVITY' },
    });
    expect(await journey(personId)).toEqual(before);
    expect((await pending()).map((r) => r.id)).toContain(report.id);
  });

  it.each(['EMPLOYER', 'RESEARCHER'] as const)(
    'refuses a %s who confirms, dismisses or lists, and writes nothing',
    async (role) => {
      const { personId, report } = await reported(20);
      const other = role === 'EMPLOYER' ? employer : await api.as(role);
      const changes = await statusChanges(personId);
      for (const [query, variables] of [
        [CONFIRM, { id: report.id }],
        [DISMISS, { id: report.id }],
        [REPORTS, {}],
      ] as const) {
        const result = await other.request(query, variables);
        expect(refusal(result).code).toBe('FORBIDDEN');
        expect(result.data ?? null).toBeNull();
      }
      expect(await statusChanges(personId)).toBe(changes);
      expect((await pending()).find((r) => r.id === report.id)?.state).toBe('PENDING');
    },
  );
});
