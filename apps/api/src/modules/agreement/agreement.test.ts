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
const COMPLETE = `mutation($id: ID!, $outcome: AgreementOutcome!) { completeAgreement(id: $id, outcome: $outcome) { ${AGREEMENT_FIELDS} } }`;
const TERMINATE = `mutation($id: ID!, $reason: String!) { terminateAgreement(id: $id, reason: $reason) { ${AGREEMENT_FIELDS} } }`;
const HISTORY = `query($id: ID!) { person(id: $id) { participant { status statusHistory { status agreement { id } } } } }`;

let api: TestApi;
let coordinator: GraphQLTestClient;
let participantId: string;
let employerId: string;
let navId: string;

async function rows(table: typeof schema.agreements | typeof schema.agreementParties | typeof schema.auditEvents) {
  const [row] = await api.handle.db.select({ n: count() }).from(table);
  return row?.n ?? 0;
}

beforeAll(async () => {
  api = await startTestApi();
  coordinator = await api.as('COORDINATOR');
  const org = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`;
  employerId = (await coordinator.data(org, { input: { name: 'Skien Mekaniske AS', sector: 'BUSINESS', kind: 'COMPANY' } }))
    .createOrganization.id;
  navId = (await coordinator.data(org, { input: { name: 'NAV Skien', sector: 'PUBLIC', kind: 'NAV_OFFICE' } })).createOrganization.id;
  participantId = (
    await coordinator.data(`mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`, {
      input: { name: 'Ola Deltaker', sector: 'CIVIL', participant: { status: 'IN_ACTIVITY', hoursPerWeek: 37 } },
    })
  ).createPerson.id;
});
afterAll(() => api.stop());

function draft(kind = 'WORK_TRIAL', parties?: unknown[]) {
  return coordinator.data(CREATE, {
    input: {
      title: 'Arbeidstrening',
      kind,
      startDate: '2026-01-05',
      endDate: '2026-06-30',
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
    expect(proposed.allowedMoves.find((m: { move: string }) => m.move === 'ACTIVATE')).toMatchObject({
      allowed: false,
      reason: expect.stringMatching(/0 of 3/),
    });

    let latest = proposed;
    for (const party of proposed.parties) {
      latest = (await coordinator.data(SIGN, { id: created.id, partyId: party.id })).signAgreement;
    }
    expect(latest.parties.every((p: { signedAt: string | null }) => p.signedAt)).toBe(true);

    expect((await coordinator.data(ACTIVATE, { id: created.id })).activateAgreement.status).toBe('ACTIVE');
    const completed = (await coordinator.data(COMPLETE, { id: created.id, outcome: 'HIRED' })).completeAgreement;
    expect(completed).toMatchObject({ status: 'COMPLETED', outcome: 'HIRED' });

    const { person } = await coordinator.data(HISTORY, { id: participantId });
    expect(person.participant.status).toBe('EMPLOYED_FULL_TIME');
    expect(person.participant.statusHistory.at(-1)).toMatchObject({ status: 'EMPLOYED_FULL_TIME', agreement: { id: created.id } });
  });

  it('refuses to propose an agreement whose parties are all of one sector', async () => {
    const { createAgreement: created } = await draft('MENTORSHIP', [{ personId: participantId, role: 'PARTICIPANT' }]);
    const result = await coordinator.request(PROPOSE, { id: created.id });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parties' });
    expect(result.errors?.[0]?.message).toMatch(/two sectors/);
  });

  it('refuses to activate before every party has signed, and to complete without being active', async () => {
    const { createAgreement: created } = await draft();
    await coordinator.data(PROPOSE, { id: created.id });
    await coordinator.data(SIGN, { id: created.id, partyId: created.parties[0].id });
    const activate = await coordinator.request(ACTIVATE, { id: created.id });
    expect(activate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const complete = await coordinator.request(COMPLETE, { id: created.id, outcome: 'HIRED' });
    expect(complete.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    const again = await coordinator.request(SIGN, { id: created.id, partyId: created.parties[0].id });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'partyId' });
  });

  it('terminates with a reason, refuses an empty reason, and then refuses every move', async () => {
    const { createAgreement: created } = await draft();
    const empty = await coordinator.request(TERMINATE, { id: created.id, reason: '   ' });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const terminated = (await coordinator.data(TERMINATE, { id: created.id, reason: 'The employer closed down.' })).terminateAgreement;
    expect(terminated).toMatchObject({ status: 'TERMINATED', terminationReason: 'The employer closed down.' });
    expect(terminated.allowedMoves.every((m: { allowed: boolean }) => !m.allowed)).toBe(true);
    const propose = await coordinator.request(PROPOSE, { id: created.id });
    expect(propose.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
  });

  it('refuses an end date before the start date and an unknown party, writing nothing', async () => {
    const before = [await rows(schema.agreements), await rows(schema.agreementParties)];
    const dates = await coordinator.request(CREATE, {
      input: { title: 'X', kind: 'EMPLOYMENT', startDate: '2026-05-01', endDate: '2026-04-01' },
    });
    expect(dates.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endDate' });
    const unknown = await coordinator.request(CREATE, {
      input: { title: 'X', kind: 'EMPLOYMENT', parties: [{ organizationId: employerId, role: 'EMPLOYER' }, { personId: 'per_nobody', role: 'PARTICIPANT' }] },
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'parties.1.personId' });
    const role = await coordinator.request(CREATE, {
      input: { title: 'X', kind: 'EMPLOYMENT', parties: [{ organizationId: employerId, role: 'BOSS' }] },
    });
    expect(role.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parties.0.role' });
    expect([await rows(schema.agreements), await rows(schema.agreementParties)]).toEqual(before);
  });

  it('records every move in the audit log', async () => {
    const changes = async () => {
      const [row] = await api.handle.db.select({ n: count() }).from(schema.auditEvents).where(ne(schema.auditEvents.action, 'read'));
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
    expect((await employer.request(SIGN, { id: created.id, partyId: nav.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const signed = await employer.data(SIGN, { id: created.id, partyId: own.id });
    expect(signed.signAgreement.parties.find((p: { id: string }) => p.id === own.id).signedAt).toBeTruthy();
  });
});
