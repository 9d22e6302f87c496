import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@brobygger/db';
import { startTestApi, type GraphQLTestClient, type TestApi } from '../../testing/index';
import { createOrg, firstError, rowCount } from '../person/test-fixtures';
import { ANSWER, INTRODUCTION, PERSON, REQUEST, employerOf, visibleCandidate } from './test-fixtures';

interface Intro {
  id: string;
  status: string;
  deadline: string;
  candidate: { id: string } | null;
  participant: { id: string; name: string; email?: string } | null;
  organization: { id: string; name?: string };
  opportunity: { id: string; title?: string } | null;
  revealedUntil: string | null;
  answeredOnBehalf: boolean;
  agreement: { id: string } | null;
}

const LIST = `query($filter: IntroductionFilter) { introductions(filter: $filter, first: 100) {
  totalCount nodes { id status message organization { name } opportunity { title } participant { name } candidate { id } } } }`;

let api: TestApi;
let coordinator: GraphQLTestClient;
let employer: GraphQLTestClient;
let employerOrg: string;
let rival: GraphQLTestClient;
let openingId: string;

async function participantClient(personId: string) {
  return api.as('PARTICIPANT', { personId });
}

async function request(client: GraphQLTestClient, input: Record<string, unknown>): Promise<Intro> {
  return (await client.data<{ requestIntroduction: Intro }>(REQUEST, { input })).requestIntroduction;
}

async function read(client: GraphQLTestClient, id: string): Promise<Intro> {
  return (await client.data<{ introduction: Intro }>(INTRODUCTION, { id })).introduction;
}

async function setIntroduction(id: string, values: Partial<typeof schema.introductions.$inferInsert>) {
  await api.handle.transaction((tx) => tx.update(schema.introductions).set(values).where(eq(schema.introductions.id, id)));
}

beforeAll(async () => {
  api = await startTestApi();
  coordinator = await api.as('COORDINATOR');
  ({ client: employer, organizationId: employerOrg } = await employerOf(api, coordinator, 'Porsgrunn Bakeri AS'));
  ({ client: rival } = await employerOf(api, coordinator, 'Rival Bakeri AS'));
  const { createOpportunity } = await employer.data<{ createOpportunity: { id: string } }>(
    `mutation { createOpportunity(input: { title: "Bakerlærling", kind: WORK_TRIAL, hoursPerWeek: 20 }) { id } }`,
  );
  openingId = createOpportunity.id;
});
afterAll(() => api.stop());

describe('terms of use', () => {
  it('are required before the first request, and recorded once accepted', async () => {
    const organizationId = await createOrg(coordinator, { name: 'Fresh Employer AS' });
    const fresh = await api.as('EMPLOYER', { organizationId });
    const candidate = await visibleCandidate(organizationId, coordinator, 'Terms Candidate');
    const terms = `query { introductionTerms { text deadlineDays revealMonths acceptedAt } }`;
    expect((await fresh.data<{ introductionTerms: { acceptedAt: null } }>(terms)).introductionTerms).toMatchObject({
      deadlineDays: 14,
      revealMonths: 6,
      acceptedAt: null,
    });
    const before = await rowCount(api, schema.introductions);
    expect(firstError(await fresh.request(REQUEST, { input: { participantId: candidate.cardId } }))).toEqual({ code: 'BAD_USER_INPUT', field: 'terms' });
    expect(await rowCount(api, schema.introductions)).toBe(before);
    const accepted = await fresh.data<{ acceptIntroductionTerms: { acceptedAt: string } }>(`mutation { acceptIntroductionTerms { acceptedAt } }`);
    expect(accepted.acceptIntroductionTerms.acceptedAt).toMatch(/^\d{4}-/);
    expect((await fresh.data<{ introductionTerms: { acceptedAt: string } }>(terms)).introductionTerms.acceptedAt).toBe(
      accepted.acceptIntroductionTerms.acceptedAt,
    );
    expect((await request(fresh, { participantId: candidate.cardId })).status).toBe('REQUESTED');
  });
});

describe('an accepted introduction', () => {
  it('reveals name and contact to that employer organisation only, for six months', async () => {
    const c = await visibleCandidate(employerOrg, coordinator, 'Anne Aksepterer');
    const intro = await request(employer, { participantId: c.cardId, opportunityId: openingId, message: 'Vil du besøke bakeriet?' });
    expect(intro).toMatchObject({ status: 'REQUESTED', candidate: { id: c.cardId }, participant: null, opportunity: { id: openingId } });
    expect(Date.parse(intro.deadline) - Date.now()).toBeGreaterThan(13.9 * 86_400_000);
    expect(JSON.stringify(intro)).not.toContain(c.personId);
    expect(firstError(await employer.request(PERSON, { id: c.personId })).code).toBe('NOT_FOUND');

    // The participant sees who asks and for what.
    const participant = await participantClient(c.personId);
    const mine = await participant.data<{ introductions: { nodes: unknown[] } }>(LIST);
    expect(mine.introductions.nodes).toEqual([
      expect.objectContaining({ status: 'REQUESTED', message: 'Vil du besøke bakeriet?', organization: { name: 'Porsgrunn Bakeri AS' }, opportunity: { title: 'Bakerlærling' } }),
    ]);

    const answered = await participant.data<{ answerIntroduction: Intro }>(ANSWER, { id: intro.id, accept: true });
    expect(answered.answerIntroduction).toMatchObject({ status: 'ACCEPTED', answeredOnBehalf: false });
    expect(answered.answerIntroduction.revealedUntil).toMatch(/^\d{4}-/);

    expect((await read(employer, intro.id)).participant).toEqual({ id: c.personId, name: 'Anne Aksepterer', email: 'anne.aksepterer@example.no', phone: '912 34 567' });
    expect((await employer.data<{ person: { name: string } }>(PERSON, { id: c.personId })).person.name).toBe('Anne Aksepterer');

    // Another employer organisation sees nothing of it.
    expect((await rival.data<{ introductions: { totalCount: number } }>(LIST)).introductions.totalCount).toBe(0);
    expect(firstError(await rival.request(INTRODUCTION, { id: intro.id })).code).toBe('NOT_FOUND');
    expect(firstError(await rival.request(PERSON, { id: c.personId })).code).toBe('NOT_FOUND');

    // Six months after it closed, the revealed details are gone from the employer's view.
    const sevenMonthsAgo = new Date(Date.now() - 7 * 31 * 86_400_000).toISOString();
    await setIntroduction(intro.id, { answeredAt: sevenMonthsAgo });
    const later = await read(employer, intro.id);
    expect(later).toMatchObject({ status: 'ACCEPTED', participant: null });
    expect(firstError(await employer.request(PERSON, { id: c.personId })).code).toBe('NOT_FOUND');
  });
});

describe('withdrawing an accepted introduction', () => {
  const WITHDRAW = `mutation($id: ID!) { withdrawIntroduction(id: $id) { id status revealedUntil participant { id } } }`;

  it('hides the name and contact from the employer at once, and is the participant’s own act', async () => {
    const c = await visibleCandidate(employerOrg, coordinator, 'Wilma Angrer');
    const intro = await request(employer, { participantId: c.cardId });
    const participant = await participantClient(c.personId);
    // Nothing to withdraw before a yes.
    const early = await participant.request(WITHDRAW, { id: intro.id });
    expect(firstError(early)).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(early.errors?.[0]?.extensions).toMatchObject({ reason: 'NOT_ACCEPTED', params: { status: 'REQUESTED' } });
    await participant.data(ANSWER, { id: intro.id, accept: true });
    expect((await read(employer, intro.id)).participant?.id).toBe(c.personId);

    // The employer and another participant cannot take it back for them.
    expect(firstError(await employer.request(WITHDRAW, { id: intro.id })).code).toBe('FORBIDDEN');
    const stranger = await participantClient((await visibleCandidate(employerOrg, coordinator, 'Stranger')).personId);
    expect(firstError(await stranger.request(WITHDRAW, { id: intro.id })).code).toBe('NOT_FOUND');

    const withdrawn = await participant.data<{ withdrawIntroduction: Intro }>(WITHDRAW, { id: intro.id });
    expect(withdrawn.withdrawIntroduction).toMatchObject({ status: 'WITHDRAWN', revealedUntil: null });
    expect(await read(employer, intro.id)).toMatchObject({ status: 'WITHDRAWN', participant: null });
    expect(firstError(await employer.request(PERSON, { id: c.personId })).code).toBe('NOT_FOUND');
    // Withdrawn once is withdrawn: a second try says why.
    const again = await participant.request(WITHDRAW, { id: intro.id });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_ACCEPTED', params: { status: 'WITHDRAWN' } });
    // Nor may the employer ask again.
    const asked = await employer.request(REQUEST, { input: { participantId: c.cardId } });
    expect(asked.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'participantId', reason: 'ALREADY_REQUESTED', params: { status: 'WITHDRAWN' } });
  });
});

describe('a declined or expired introduction', () => {
  it('declined reveals nothing, and the employer sees the outcome', async () => {
    const c = await visibleCandidate(employerOrg, coordinator, 'Dag Avslår');
    const intro = await request(employer, { participantId: c.cardId });
    const participant = await participantClient(c.personId);
    await participant.data(ANSWER, { id: intro.id, accept: false });
    expect(await read(employer, intro.id)).toMatchObject({ status: 'DECLINED', participant: null, revealedUntil: null });
    expect(firstError(await employer.request(PERSON, { id: c.personId })).code).toBe('NOT_FOUND');
    expect(firstError(await participant.request(ANSWER, { id: intro.id, accept: true }))).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    // A no is not asked again.
    const asked = await employer.request(REQUEST, { input: { participantId: c.cardId } });
    expect(asked.errors?.[0]?.extensions).toMatchObject({ reason: 'ALREADY_REQUESTED', params: { status: 'DECLINED' } });
  });

  it('expired reads as EXPIRED, cannot be answered and reveals nothing', async () => {
    const c = await visibleCandidate(employerOrg, coordinator, 'Eva Utløpt');
    const intro = await request(employer, { participantId: c.cardId });
    await setIntroduction(intro.id, { deadline: new Date(Date.now() - 60_000).toISOString() });
    expect(await read(employer, intro.id)).toMatchObject({ status: 'EXPIRED', participant: null });
    const participant = await participantClient(c.personId);
    const refused = await participant.request(ANSWER, { id: intro.id, accept: true });
    expect(firstError(refused)).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(refused.errors?.[0]?.message).toMatch(/expired/);
    expect(firstError(await employer.request(PERSON, { id: c.personId })).code).toBe('NOT_FOUND');
    const [stored] = await api.handle.db.select().from(schema.introductions).where(eq(schema.introductions.id, intro.id));
    expect(stored?.answeredAt).toBeNull();
    const expired = await employer.data<{ introductions: { nodes: { id: string }[] } }>(LIST, { filter: { statuses: ['EXPIRED'] } });
    expect(expired.introductions.nodes.map((n) => n.id)).toContain(intro.id);
    const pending = await employer.data<{ introductions: { nodes: { id: string }[] } }>(LIST, { filter: { statuses: ['REQUESTED'] } });
    expect(pending.introductions.nodes.map((n) => n.id)).not.toContain(intro.id);
    // A new request may follow an expired one.
    expect((await request(employer, { participantId: c.cardId })).status).toBe('REQUESTED');
  });
});

describe('consent and who may answer', () => {
  it('consent withdrawn between request and answer hides the card', async () => {
    const c = await visibleCandidate(employerOrg, coordinator, 'Wenche Trekker');
    const intro = await request(employer, { participantId: c.cardId });
    const participant = await participantClient(c.personId);
    await participant.data(`mutation($p: ID!) { updateConsent(personId: $p, input: { visibleToEmployers: false }) { id } }`, { p: c.personId });
    expect(await read(employer, intro.id)).toMatchObject({ status: 'REQUESTED', candidate: null, participant: null });
    expect(firstError(await rival.request(REQUEST, { input: { participantId: c.cardId } }))).toEqual({ code: 'NOT_FOUND', field: 'participantId' });
    // The participant still decides on the request they got.
    expect((await read(participant, intro.id)).candidate).toEqual({ id: c.cardId, talents: [{ name: 'Baking' }] });
  });

  it('a participant cannot answer someone else’s introduction', async () => {
    const c = await visibleCandidate(employerOrg, coordinator, 'Målet Her');
    const other = await visibleCandidate(employerOrg, coordinator, 'Nysgjerrig Nabo');
    const intro = await request(employer, { participantId: c.cardId });
    const nosy = await participantClient(other.personId);
    expect(firstError(await nosy.request(ANSWER, { id: intro.id, accept: true })).code).toBe('NOT_FOUND');
    expect(firstError(await nosy.request(INTRODUCTION, { id: intro.id })).code).toBe('NOT_FOUND');
    expect((await read(employer, intro.id)).status).toBe('REQUESTED');
  });

  it('a coordinator answers on the participant’s behalf, which the audit log records, and sees every pending one', async () => {
    const c = await visibleCandidate(employerOrg, coordinator, 'Hjelp Meg');
    const intro = await request(employer, { participantId: c.cardId });
    const pending = await coordinator.data<{ introductions: { nodes: { id: string; status: string }[] } }>(LIST, { filter: { statuses: ['REQUESTED'] } });
    expect(pending.introductions.nodes.map((n) => n.id)).toContain(intro.id);
    expect(pending.introductions.nodes.every((n) => n.status === 'REQUESTED')).toBe(true);
    const answered = await coordinator.data<{ answerIntroduction: Intro }>(ANSWER, { id: intro.id, accept: true });
    expect(answered.answerIntroduction).toMatchObject({ status: 'ACCEPTED', answeredOnBehalf: true });
    const events = await api.handle.db
      .select()
      .from(schema.auditEvents)
      .where(and(eq(schema.auditEvents.entityId, intro.id), eq(schema.auditEvents.action, 'accept')));
    expect(events).toEqual([expect.objectContaining({ onBehalf: true, role: 'COORDINATOR' })]);
  });
});

describe('requestIntroduction: bad input changes nothing', () => {
  it.each([
    ['a person id instead of a card id', (c: { personId: string }) => ({ participantId: c.personId }), 'NOT_FOUND', 'participantId'],
    ['an unknown card', () => ({ participantId: 'P-0000000000' }), 'NOT_FOUND', 'participantId'],
    ['a message too long', (c: { cardId: string }) => ({ participantId: c.cardId, message: 'x'.repeat(2001) }), 'BAD_USER_INPUT', 'message'],
    ['a blank candidate', () => ({ participantId: ' ' }), 'BAD_USER_INPUT', 'participantId'],
    ['no candidate', () => ({ message: 'Hei' }), 'BAD_USER_INPUT', 'participantId'],
    ['another organisation’s opening', (c: { cardId: string }) => ({ participantId: c.cardId, opportunityId: 'rival' }), 'NOT_FOUND', 'opportunityId'],
  ])('%s', async (_label, input, code, field) => {
    const c = await visibleCandidate(employerOrg, coordinator, 'Bad Input');
    const rivalOpening = await rival.data<{ createOpportunity: { id: string } }>(`mutation { createOpportunity(input: { title: "X", kind: JOB }) { id } }`);
    const values = input(c) as Record<string, unknown>;
    if (values.opportunityId === 'rival') values.opportunityId = rivalOpening.createOpportunity.id;
    const before = await rowCount(api, schema.introductions);
    expect(firstError(await employer.request(REQUEST, { input: values }))).toEqual({ code, field });
    expect(await rowCount(api, schema.introductions)).toBe(before);
  });

  it('shows the employer on each card where its request stands, and nothing to another organisation', async () => {
    const c = await visibleCandidate(employerOrg, coordinator, 'Kari Kortstatus');
    const CARDS = `{ candidates(first: 200) { nodes { id introductionStatus } } }`;
    const statusOn = async (client: GraphQLTestClient) =>
      (await client.data<{ candidates: { nodes: { id: string; introductionStatus: string | null }[] } }>(CARDS)).candidates.nodes;
    const card = (nodes: { id: string; introductionStatus: string | null }[], id: string) => nodes.find((node) => node.id === id);
    expect(card(await statusOn(employer), c.cardId)?.introductionStatus).toBeNull();
    await request(employer, { participantId: c.cardId });
    expect(card(await statusOn(employer), c.cardId)?.introductionStatus).toBe('REQUESTED');
    expect((await statusOn(rival)).every((node) => node.introductionStatus === null)).toBe(true);
    expect((await statusOn(coordinator)).every((node) => node.introductionStatus === null)).toBe(true);
  });

  it('refuses a closed opening and a second pending request', async () => {
    const c = await visibleCandidate(employerOrg, coordinator, 'Twice Asked');
    const closed = await employer.data<{ createOpportunity: { id: string } }>(`mutation { createOpportunity(input: { title: "Old", kind: JOB, status: CLOSED }) { id } }`);
    expect(firstError(await employer.request(REQUEST, { input: { participantId: c.cardId, opportunityId: closed.createOpportunity.id } }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'opportunityId',
    });
    await request(employer, { participantId: c.cardId });
    expect(firstError(await employer.request(REQUEST, { input: { participantId: c.cardId } }))).toEqual({ code: 'BAD_USER_INPUT', field: 'participantId' });
  });

  it('is for employers only', async () => {
    const c = await visibleCandidate(employerOrg, coordinator, 'Role Check');
    const participant = await participantClient(c.personId);
    expect(firstError(await coordinator.request(REQUEST, { input: { participantId: c.cardId } })).code).toBe('FORBIDDEN');
    expect(firstError(await participant.request(REQUEST, { input: { participantId: c.cardId } })).code).toBe('FORBIDDEN');
    expect(firstError(await employer.request(ANSWER, { id: 'int_x', accept: true })).code).toBe('FORBIDDEN');
  });
});

describe('draft agreement from an introduction', () => {
  const DRAFT = `mutation($id: ID!, $kind: AgreementKind) { draftAgreementFromIntroduction(id: $id, kind: $kind) {
    id status kind title parties { role person { id name } organization { id } } } }`;

  it('makes a DRAFT work trial with the participant, the employer and the public partner', async () => {
    const nav = await createOrg(coordinator, { name: 'NAV Porsgrunn', sector: 'PUBLIC', kind: 'NAV_OFFICE' });
    const c = await visibleCandidate(employerOrg, coordinator, 'Per Partner', { publicPartnerId: nav });
    const intro = await request(employer, { participantId: c.cardId, opportunityId: openingId });
    expect(firstError(await employer.request(DRAFT, { id: intro.id }))).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    await (await participantClient(c.personId)).data(ANSWER, { id: intro.id, accept: true });
    expect(firstError(await rival.request(DRAFT, { id: intro.id })).code).toBe('NOT_FOUND');

    const { draftAgreementFromIntroduction: agreement } = await employer.data<{
      draftAgreementFromIntroduction: { id: string; status: string; kind: string; title: string; parties: { role: string; person: { id: string } | null; organization: { id: string } | null }[] };
    }>(DRAFT, { id: intro.id });
    expect(agreement).toMatchObject({ status: 'DRAFT', kind: 'WORK_TRIAL', title: 'Work trial: Bakerlærling' });
    expect(agreement.parties.map((p) => [p.role, p.person?.id ?? p.organization?.id]).sort()).toEqual(
      [['EMPLOYER', employerOrg], ['PARTICIPANT', c.personId], ['PUBLIC_PARTNER', nav]].sort(),
    );
    expect((await read(employer, intro.id)).agreement).toEqual({ id: agreement.id });
    const found = await coordinator.data<{ agreement: { id: string; status: string } }>(`query($id: ID!) { agreement(id: $id) { id status } }`, { id: agreement.id });
    expect(found.agreement).toEqual({ id: agreement.id, status: 'DRAFT' });
    expect(firstError(await employer.request(DRAFT, { id: intro.id }))).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('a coordinator drafts another kind; a participant may not', async () => {
    const c = await visibleCandidate(employerOrg, coordinator, 'Kari Kind');
    const intro = await request(employer, { participantId: c.cardId });
    const participant = await participantClient(c.personId);
    await participant.data(ANSWER, { id: intro.id, accept: true });
    expect(firstError(await participant.request(DRAFT, { id: intro.id })).code).toBe('FORBIDDEN');
    const { draftAgreementFromIntroduction: agreement } = await coordinator.data<{ draftAgreementFromIntroduction: { kind: string; parties: unknown[] } }>(DRAFT, {
      id: intro.id,
      kind: 'EMPLOYMENT',
    });
    expect(agreement.kind).toBe('EMPLOYMENT');
    expect(agreement.parties).toHaveLength(2);
  });
});
