import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, ne } from 'drizzle-orm';
import { schema } from '@brobygger/db';
import { startTestApi, type GraphQLTestClient, type TestApi } from '../../testing/index';

const AGREEMENT_FIELDS = `id status outcome terminationReason threeSector sectors
  parties { id role name sector signedAt }
  allowedMoves { move allowed reason }`;
const CREATE = `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { ${AGREEMENT_FIELDS} } }`;
const PROPOSE = `mutation($id: ID!) { proposeAgreement(id: $id) { ${AGREEMENT_FIELDS} } }`;
const SIGN = `mutation($id: ID!, $partyId: ID!) { signAgreement(id: $id, partyId: $partyId) { ${AGREEMENT_FIELDS} } }`;
const ACTIVATE = `mutation($id: ID!) { activateAgreement(id: $id) { ${AGREEMENT_FIELDS} } }`;
const COMPLETE = `mutation($id: ID!, $outcome: AgreementOutcome!, $employment: EmploymentExtent) {
  completeAgreement(id: $id, outcome: $outcome, employment: $employment) { ${AGREEMENT_FIELDS} }
}`;
const TERMINATE = `mutation($id: ID!, $reason: String!) { terminateAgreement(id: $id, reason: $reason) { ${AGREEMENT_FIELDS} } }`;
const HISTORY = `query($id: ID!) { person(id: $id) { participant { status statusHistory { status agreement { id } } } } }`;

const TODAY = '2026-03-02';
// Late in the day, so a test can step past midnight within a session's idle timeout.
const LATE = new Date(`${TODAY}T23:40:00Z`);
let clock = LATE;
let api: TestApi;
let coordinator: GraphQLTestClient;
let participantId: string;
let employerId: string;
let navId: string;

async function rows(
  table: typeof schema.agreements | typeof schema.agreementParties | typeof schema.auditEvents,
) {
  const [row] = await api.handle.db.select({ n: count() }).from(table);
  return row?.n ?? 0;
}

beforeAll(async () => {
  // The agreements below run from 2026-01-05 to 2026-06-30; the clock stands inside that.
  api = await startTestApi({ now: () => clock });
  coordinator = await api.as('COORDINATOR');
  const org = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`;
  employerId = (
    await coordinator.data(org, {
      input: { name: 'Skien Mekaniske AS', sector: 'BUSINESS', kind: 'COMPANY' },
    })
  ).createOrganization.id;
  navId = (
    await coordinator.data(org, {
      input: { name: 'NAV Skien', sector: 'PUBLIC', kind: 'NAV_OFFICE' },
    })
  ).createOrganization.id;
  participantId = (
    await coordinator.data(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
      {
        input: {
          name: 'Ola Deltaker',
          sector: 'CIVIL',
          participant: { status: 'IN_ACTIVITY', hoursPerWeek: 37 },
        },
      },
    )
  ).createPerson.id;
});
afterAll(() => api.stop());

function draft(
  kind = 'WORK_TRIAL',
  parties?: unknown[],
  dates: { startDate: string | null; endDate: string | null } = {
    startDate: '2026-01-05',
    endDate: '2026-06-30',
  },
) {
  return coordinator.data(CREATE, {
    input: {
      title: 'Arbeidstrening',
      kind,
      ...dates,
      parties: parties ?? [
        { personId: participantId, role: 'PARTICIPANT' },
        { organizationId: employerId, role: 'EMPLOYER' },
        { organizationId: navId, role: 'PUBLIC_PARTNER' },
      ],
    },
  });
}

describe('agreement lifecycle', () => {
  it('walks DRAFT → PROPOSED → ACTIVE → COMPLETED, and HIRED moves the participant into work', async () => {
    const { createAgreement: created } = await draft();
    expect(created).toMatchObject({ status: 'DRAFT', threeSector: true });
    expect(created.sectors).toHaveLength(3);

    const proposed = (await coordinator.data(PROPOSE, { id: created.id })).proposeAgreement;
    expect(proposed.status).toBe('PROPOSED');
    expect(
      proposed.allowedMoves.find((m: { move: string }) => m.move === 'ACTIVATE'),
    ).toMatchObject({
      allowed: false,
      reason: expect.stringMatching(/0 of 3/),
    });

    let latest = proposed;
    for (const party of proposed.parties) {
      latest = (await coordinator.data(SIGN, { id: created.id, partyId: party.id })).signAgreement;
    }
    expect(latest.parties.every((p: { signedAt: string | null }) => p.signedAt)).toBe(true);

    expect((await coordinator.data(ACTIVATE, { id: created.id })).activateAgreement.status).toBe(
      'ACTIVE',
    );
    const completed = (await coordinator.data(COMPLETE, { id: created.id, outcome: 'HIRED' }))
      .completeAgreement;
    expect(completed).toMatchObject({ status: 'COMPLETED', outcome: 'HIRED' });

    const { person } = await coordinator.data(HISTORY, { id: participantId });
    expect(person.participant.status).toBe('EMPLOYED_FULL_TIME');
    expect(person.participant.statusHistory.at(-1)).toMatchObject({
      status: 'EMPLOYED_FULL_TIME',
      agreement: { id: created.id },
    });
  });

  it('refuses to propose an agreement whose parties are all of one sector', async () => {
    const { createAgreement: created } = await draft('MENTORSHIP', [
      { personId: participantId, role: 'PARTICIPANT' },
    ]);
    const result = await coordinator.request(PROPOSE, { id: created.id });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'parties',
    });
    expect(result.errors?.[0]?.message).toMatch(/two sectors/);
  });

  it('refuses to activate before every party has signed, and to complete without being active', async () => {
    const { createAgreement: created } = await draft();
    await coordinator.data(PROPOSE, { id: created.id });
    await coordinator.data(SIGN, { id: created.id, partyId: created.parties[0].id });
    const activate = await coordinator.request(ACTIVATE, { id: created.id });
    expect(activate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const complete = await coordinator.request(COMPLETE, { id: created.id, outcome: 'HIRED' });
    expect(complete.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'status',
    });
    const again = await coordinator.request(SIGN, {
      id: created.id,
      partyId: created.parties[0].id,
    });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'partyId',
    });
  });

  it('terminates with a reason, refuses an empty reason, and then refuses every move', async () => {
    const { createAgreement: created } = await draft();
    const empty = await coordinator.request(TERMINATE, { id: created.id, reason: '   ' });
    expect(empty.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    const terminated = (
      await coordinator.data(TERMINATE, { id: created.id, reason: 'The employer closed down.' })
    ).terminateAgreement;
    expect(terminated).toMatchObject({
      status: 'TERMINATED',
      terminationReason: 'The employer closed down.',
    });
    expect(terminated.allowedMoves.every((m: { allowed: boolean }) => !m.allowed)).toBe(true);
    const propose = await coordinator.request(PROPOSE, { id: created.id });
    expect(propose.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'status',
    });
  });

  it('refuses an end date before the start date and an unknown party, writing nothing', async () => {
    const before = [await rows(schema.agreements), await rows(schema.agreementParties)];
    const dates = await coordinator.request(CREATE, {
      input: { title: 'X', kind: 'EMPLOYMENT', startDate: '2026-05-01', endDate: '2026-04-01' },
    });
    expect(dates.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'endDate',
    });
    const unknown = await coordinator.request(CREATE, {
      input: {
        title: 'X',
        kind: 'EMPLOYMENT',
        parties: [
          { organizationId: employerId, role: 'EMPLOYER' },
          { personId: 'per_nobody', role: 'PARTICIPANT' },
        ],
      },
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'parties.1.personId',
    });
    const role = await coordinator.request(CREATE, {
      input: {
        title: 'X',
        kind: 'EMPLOYMENT',
        parties: [{ organizationId: employerId, role: 'BOSS' }],
      },
    });
    expect(role.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'parties.0.role',
    });
    expect([await rows(schema.agreements), await rows(schema.agreementParties)]).toEqual(before);
  });

  it('records every move in the audit log', async () => {
    const changes = async () => {
      const [row] = await api.handle.db
        .select({ n: count() })
        .from(schema.auditEvents)
        .where(ne(schema.auditEvents.action, 'read'));
      return row?.n ?? 0;
    };
    const before = await changes();
    const { createAgreement: created } = await draft();
    await coordinator.data(PROPOSE, { id: created.id });
    // Two changes; reading the participant party's name in the answers is audited as reads beside them.
    expect(await changes()).toBe(before + 2);
  });

  it('lets an employer sign only for their own organisation', async () => {
    const { createAgreement: created } = await draft();
    await coordinator.data(PROPOSE, { id: created.id });
    const employer = await api.as('EMPLOYER', { organizationId: employerId });
    const nav = created.parties.find((p: { role: string }) => p.role === 'PUBLIC_PARTNER');
    const own = created.parties.find((p: { role: string }) => p.role === 'EMPLOYER');
    expect(
      (await employer.request(SIGN, { id: created.id, partyId: nav.id })).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
    const signed = await employer.data(SIGN, { id: created.id, partyId: own.id });
    expect(
      signed.signAgreement.parties.find((p: { id: string }) => p.id === own.id).signedAt,
    ).toBeTruthy();
  });
});

/** Takes a fresh draft to ACTIVE: proposed, every party signed, activated. */
async function active(
  kind = 'WORK_TRIAL',
  parties?: unknown[],
  dates?: { startDate: string | null; endDate: string | null },
) {
  const { createAgreement: created } = await draft(kind, parties, dates);
  await coordinator.data(PROPOSE, { id: created.id });
  for (const party of created.parties)
    await coordinator.data(SIGN, { id: created.id, partyId: party.id });
  await coordinator.data(ACTIVATE, { id: created.id });
  return created.id as string;
}

async function newParticipant(hoursPerWeek: number | null) {
  const input = {
    name: 'Nora Deltaker',
    sector: 'CIVIL',
    participant: { status: 'WORK_TRIAL', ...(hoursPerWeek ? { hoursPerWeek } : {}) },
  };
  return (
    await coordinator.data(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
      { input },
    )
  ).createPerson.id as string;
}

const partiesWith = (personId: string) => [
  { personId, role: 'PARTICIPANT' },
  { organizationId: employerId, role: 'EMPLOYER' },
];

describe('lifecycle dates', () => {
  it('activates ahead of the start, but refuses completing before the start date, with the date', async () => {
    const id = await active('WORK_TRIAL', undefined, {
      startDate: '2026-04-01',
      endDate: '2026-09-30',
    });
    const { agreement } = await coordinator.data(
      `query($id: ID!) { agreement(id: $id) { status allowedMoves { move allowed code params } } }`,
      { id },
    );
    expect(agreement.status).toBe('ACTIVE');
    expect(
      agreement.allowedMoves.find((m: { move: string }) => m.move === 'COMPLETE'),
    ).toMatchObject({
      allowed: false,
      code: 'AGREEMENT_NOT_STARTED',
      params: { startDate: '2026-04-01' },
    });
    const result = await coordinator.request(COMPLETE, { id, outcome: 'ENDED' });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'startDate',
      reason: 'AGREEMENT_NOT_STARTED',
      params: { startDate: '2026-04-01' },
    });
    const after = await coordinator.data(
      `query($id: ID!) { agreement(id: $id) { status outcome closedAt } }`,
      { id },
    );
    expect(after.agreement).toEqual({ status: 'ACTIVE', outcome: null, closedAt: null });
  });

  it('completes on the start day itself', async () => {
    const id = await active('PARTNERSHIP', undefined, { startDate: TODAY, endDate: '2026-09-30' });
    expect(
      (await coordinator.data(COMPLETE, { id, outcome: 'EXTENDED' })).completeAgreement.status,
    ).toBe('COMPLETED');
  });

  it('refuses proposing and activating after the end date has passed', async () => {
    const { createAgreement: late } = await draft('WORK_TRIAL', undefined, {
      startDate: '2026-01-05',
      endDate: '2026-02-28',
    });
    const propose = await coordinator.request(PROPOSE, { id: late.id });
    expect(propose.errors?.[0]?.extensions).toMatchObject({
      field: 'endDate',
      reason: 'AGREEMENT_ENDED',
      params: { endDate: '2026-02-28' },
    });

    // Proposed and signed on its last day; by the next morning it can no longer be activated.
    const { createAgreement: lastDay } = await draft('WORK_TRIAL', undefined, {
      startDate: '2026-01-05',
      endDate: TODAY,
    });
    await coordinator.data(PROPOSE, { id: lastDay.id });
    for (const party of lastDay.parties)
      await coordinator.data(SIGN, { id: lastDay.id, partyId: party.id });
    try {
      clock = new Date(LATE.getTime() + 25 * 60 * 1000);
      const activate = await coordinator.request(ACTIVATE, { id: lastDay.id });
      expect(activate.errors?.[0]?.extensions).toMatchObject({
        field: 'endDate',
        reason: 'AGREEMENT_ENDED',
        params: { endDate: TODAY },
      });
    } finally {
      clock = LATE;
    }
    expect((await coordinator.data(ACTIVATE, { id: lastDay.id })).activateAgreement.status).toBe(
      'ACTIVE',
    );
  });
});

describe('completing with a job', () => {
  it('records part time when the coordinator says so, whatever the hours', async () => {
    const personId = await newParticipant(37);
    const id = await active('WORK_TRIAL', partiesWith(personId));
    await coordinator.data(COMPLETE, { id, outcome: 'HIRED', employment: 'PART_TIME' });
    const { person } = await coordinator.data(HISTORY, { id: personId });
    expect(person.participant.status).toBe('EMPLOYED_PART_TIME');
    expect(person.participant.statusHistory.at(-1)).toMatchObject({
      status: 'EMPLOYED_PART_TIME',
      agreement: { id },
    });
  });

  it('asks rather than assuming full time when no hours are known, and changes nothing', async () => {
    const personId = await newParticipant(null);
    const id = await active('EMPLOYMENT', partiesWith(personId));
    const result = await coordinator.request(COMPLETE, { id, outcome: 'HIRED' });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'employment',
      reason: 'AGREEMENT_EMPLOYMENT_REQUIRED',
    });
    const { person } = await coordinator.data(HISTORY, { id: personId });
    expect(person.participant.status).toBe('WORK_TRIAL');
    const { agreement } = await coordinator.data(
      `query($id: ID!) { agreement(id: $id) { status } }`,
      { id },
    );
    expect(agreement.status).toBe('ACTIVE');
    await coordinator.data(COMPLETE, { id, outcome: 'HIRED', employment: 'FULL_TIME' });
    expect((await coordinator.data(HISTORY, { id: personId })).person.participant.status).toBe(
      'EMPLOYED_FULL_TIME',
    );
  });

  it('refuses full or part time with an outcome that is no job, and an extent that does not exist', async () => {
    const id = await active('WORK_TRIAL', partiesWith(await newParticipant(20)));
    const ended = await coordinator.request(COMPLETE, {
      id,
      outcome: 'ENDED',
      employment: 'FULL_TIME',
    });
    expect(ended.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'employment',
      reason: 'AGREEMENT_EMPLOYMENT_NOT_A_JOB',
    });
    const half = await coordinator.request(COMPLETE, {
      id,
      outcome: 'HIRED',
      employment: 'HALF_TIME',
    });
    expect(half.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
