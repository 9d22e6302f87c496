import { sqliteOf } from '@brobygger/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type GraphQLTestClient, type TestApi } from '../../testing/index';
import { createOrg, createParticipant, firstError } from '../person/test-fixtures';
import { CANDIDATES, cardIdOf, employerOf, visibleCandidate } from './test-fixtures';

interface Card {
  id: string;
  status: string | null;
  talents: { name: string }[];
  goals: { text: string; status: string }[];
  match: { score: number; reason: string; talentsMatched: number } | null;
}

let api: TestApi;
let coordinator: GraphQLTestClient;
let employer: GraphQLTestClient;
let orgId: string;

async function cards(client: GraphQLTestClient, variables: Record<string, unknown>): Promise<Card[]> {
  const data = await client.data<{ candidates: { nodes: Card[] } }>(CANDIDATES, { first: 100, ...variables });
  return data.candidates.nodes;
}

const ids = (list: Card[]) => list.map((card) => card.id).sort();

beforeAll(async () => {
  api = await startTestApi();
  coordinator = await api.as('COORDINATOR');
  orgId = await createOrg(coordinator, { name: 'Grenland Sveis AS' });
  employer = await api.as('EMPLOYER', { organizationId: orgId });
});
afterAll(() => api.stop());

describe('candidate cards', () => {
  it('show visible participants only, without name, contact, benefit, dreams or plans', async () => {
    const shown = await visibleCandidate(orgId, coordinator, 'Kari Synlig', { talents: [{ name: 'Glassblåsing', level: 'EXPERT' }] }, 'Lage glasskunst');
    const hidden = await createParticipant(coordinator, 'Ola Skjult', { talents: [{ name: 'Glassblåsing' }] });
    const response = await employer.request(CANDIDATES, { filter: { talents: ['glassblåsing'] } });
    const list = (response.data as { candidates: { nodes: Card[] } }).candidates.nodes;
    expect(ids(list)).toEqual([shown.cardId]);
    expect(list[0]).toMatchObject({ talents: [{ name: 'Glassblåsing', level: 'EXPERT' }], goals: [{ text: 'Lage glasskunst', status: 'OPEN' }] });
    const text = JSON.stringify(response);
    for (const secret of ['Kari', 'Synlig', 'example.no', '912 34 567', 'WORK_ASSESSMENT_ALLOWANCE', 'dreams of', shown.personId, hidden]) {
      expect(text).not.toContain(secret);
    }
  });

  it('filter by talents, municipality, hours and wished industry; by status for coordinators only', async () => {
    const a = await visibleCandidate(orgId, coordinator, 'Filter A', {
      talents: [{ name: 'Rørlegging' }, { name: 'Sveising' }],
      municipalityNumber: '4001',
      hoursPerWeek: 30,
      wishedIndustries: ['43'],
      status: 'WORK_TRIAL',
    });
    const b = await visibleCandidate(orgId, coordinator, 'Filter B', {
      talents: [{ name: 'Rørlegging' }],
      municipalityNumber: '4003',
      hoursPerWeek: 10,
      wishedIndustries: ['56'],
      status: 'OUTSIDE_WORK',
    });
    const plumbers = { talents: ['rørlegging'] };
    expect(ids(await cards(employer, { filter: plumbers }))).toEqual(ids([{ id: a.cardId }, { id: b.cardId }] as Card[]));
    expect(ids(await cards(employer, { filter: { talents: ['Rørlegging', 'Sveising'] } }))).toEqual([a.cardId]);
    expect(ids(await cards(employer, { filter: { ...plumbers, municipalityNumber: '4003' } }))).toEqual([b.cardId]);
    expect(ids(await cards(employer, { filter: { ...plumbers, minHoursPerWeek: 20 } }))).toEqual([a.cardId]);
    expect(ids(await cards(employer, { filter: { ...plumbers, wishedIndustry: '56' } }))).toEqual([b.cardId]);
    expect(ids(await cards(coordinator, { filter: { ...plumbers, statuses: ['WORK_TRIAL', 'EDUCATION'] } }))).toEqual(
      ids(await cards(coordinator, { filter: { talents: ['Rørlegging', 'Sveising'] } })),
    );
    // The status is not on an employer's card, so narrowing by it would tell it.
    const refused = await employer.request(CANDIDATES, { filter: { ...plumbers, statuses: ['WORK_TRIAL'] } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.statuses', reason: 'NOT_ON_CARD' });
    expect(refused.data?.candidates ?? null).toBeNull();
  });

  it('carry no status on an employer’s card; a coordinator’s list shows it', async () => {
    const c = await visibleCandidate(orgId, coordinator, 'Status Skjult', { talents: [{ name: 'Bøkkerfag' }], status: 'WORK_TRIAL' });
    const [asEmployer] = await cards(employer, { filter: { talents: ['Bøkkerfag'] } });
    expect(asEmployer).toMatchObject({ id: c.cardId, status: null });
    const [asCoordinator] = await cards(coordinator, { filter: { talents: ['Bøkkerfag'] } });
    expect(asCoordinator?.status).toBe('WORK_TRIAL');
  });

  it('a participant who withdraws consent disappears from the next request', async () => {
    const c = await visibleCandidate(orgId, coordinator, 'Withdrawing', { talents: [{ name: 'Hovslager' }] });
    expect(ids(await cards(employer, { filter: { talents: ['Hovslager'] } }))).toEqual([c.cardId]);
    await coordinator.data(`mutation($p: ID!) { updateConsent(personId: $p, input: { visibleToEmployers: false }) { id } }`, { p: c.personId });
    expect(await cards(employer, { filter: { talents: ['Hovslager'] } })).toEqual([]);
  });

  it('pages through all cards with opaque cursors', async () => {
    for (let i = 0; i < 5; i++) await visibleCandidate(orgId, coordinator, `Pager ${"ABCDE"[i]}`, { talents: [{ name: 'Paging' }] });
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { candidates: { nodes: Card[]; pageInfo: { hasNextPage: boolean; endCursor: string }; totalCount: number } } =
        await employer.data(CANDIDATES, { filter: { talents: ['Paging'] }, first: 2, after });
      expect(page.candidates.totalCount).toBe(5);
      seen.push(...page.candidates.nodes.map((n) => n.id));
      expect(Buffer.from(page.candidates.pageInfo.endCursor, 'base64url').toString()).not.toContain('per_');
      if (!page.candidates.pageInfo.hasNextPage) break;
      after = page.candidates.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(5);
  });
});

describe('full-text search over talents and goals', () => {
  it('finds a candidate by a word in a goal, and stops once the goal is deleted', async () => {
    const c = await visibleCandidate(orgId, coordinator, 'Goal Search', { talents: [] }, 'Bli fjellguide i Telemark');
    expect(ids(await cards(employer, { filter: { search: 'fjellguide' } }))).toEqual([c.cardId]);
    expect(ids(await cards(employer, { filter: { search: 'FJELL telemark' } }))).toEqual([c.cardId]);
    const goal = await coordinator.data<{ person: { participant: { goals: { id: string }[] } } }>(
      `query($id: ID!) { person(id: $id) { participant { goals { id } } } }`,
      { id: c.personId },
    );
    await coordinator.data(`mutation($id: ID!) { deleteGoal(id: $id) }`, { id: goal.person.participant.goals[0]!.id });
    expect(await cards(employer, { filter: { search: 'fjellguide' } })).toEqual([]);
  });

  it('stops finding a talent once it is deleted', async () => {
    const c = await visibleCandidate(orgId, coordinator, 'Talent Search', { talents: [{ name: 'Urmaker' }] });
    expect(ids(await cards(employer, { filter: { search: 'urmak' } }))).toEqual([c.cardId]);
    const talents = await coordinator.data<{ person: { participant: { talents: { id: string }[] } } }>(
      `query($id: ID!) { person(id: $id) { participant { talents { id } } } }`,
      { id: c.personId },
    );
    await coordinator.data(`mutation($id: ID!) { deleteTalent(id: $id) }`, { id: talents.person.participant.talents[0]!.id });
    expect(await cards(employer, { filter: { search: 'urmaker' } })).toEqual([]);
  });

  it('stops finding a participant who erased their data', async () => {
    const c = await visibleCandidate(orgId, coordinator, 'Eraser', { talents: [{ name: 'Seilmaker' }] }, 'Seile jorda rundt');
    const participant = await api.as('PARTICIPANT', { personId: c.personId });
    expect(ids(await cards(employer, { filter: { search: 'seilmaker' } }))).toEqual([c.cardId]);
    await participant.data(`mutation { eraseMe }`);
    expect(await cards(employer, { filter: { search: 'seilmaker' } })).toEqual([]);
    expect(await cards(coordinator, { filter: { search: 'jorda' } })).toEqual([]);
    if (api.handle.dialect === 'sqlite') {
      // SQLite keeps a copy of the words for its search index; PostgreSQL indexes the rows themselves.
      const [docs] = sqliteOf(api.handle)
        .prepare(`SELECT count(*) AS n FROM candidate_search_docs WHERE person_id = ?`)
        .all(c.personId) as { n: number }[];
      expect(docs?.n).toBe(0);
    }
  });

  it('treats FTS syntax as plain words', async () => {
    const result = await employer.request(CANDIDATES, { filter: { search: '"unbalanced AND OR NEAR(' } });
    expect(result.errors).toBeUndefined();
  });
});

describe('ranking against an opening', () => {
  it('puts the best match first and says why', async () => {
    const { createOpportunity } = await employer.data<{ createOpportunity: { id: string } }>(
      `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }`,
      { input: { title: 'Montør', kind: 'JOB', municipalityNumber: '4012', hoursPerWeek: 25, talents: ['Montering', 'Lodding', 'Kabling', 'Truck'] } },
    );
    const best = await visibleCandidate(orgId, coordinator, 'Rank Best', {
      talents: [{ name: 'Montering' }, { name: 'lodding' }, { name: 'Kabling' }],
      municipalityNumber: '4012',
      hoursPerWeek: 30,
    });
    const middle = await visibleCandidate(orgId, coordinator, 'Rank Middle', {
      talents: [{ name: 'Montering' }, { name: 'Maling' }],
      municipalityNumber: '4012',
      hoursPerWeek: 10,
    });
    const none = await visibleCandidate(orgId, coordinator, 'Rank None', { talents: [{ name: 'Maling' }], municipalityNumber: '4003', hoursPerWeek: 5 });
    const list = await cards(employer, { rankFor: createOpportunity.id, filter: { talents: ['Maling'] } });
    expect(list.map((card) => card.id)).toEqual([middle.cardId, none.cardId]);
    const all = await cards(employer, { rankFor: createOpportunity.id, filter: { search: 'montering maling' } });
    expect(all.map((card) => card.id)).toEqual([middle.cardId]);
    const ranked = (await cards(employer, { rankFor: createOpportunity.id })).slice(0, 2);
    expect(ranked.map((card) => card.id)).toEqual([best.cardId, middle.cardId]);
    expect(ranked[0]!.match).toMatchObject({ talentsMatched: 3, reason: '3 of 4 talents, same municipality, enough hours' });
    expect(ranked[1]!.match).toMatchObject({ talentsMatched: 1, reason: '1 of 4 talents, same municipality, 10 of 25 hours' });
    expect((await cards(employer, {}))[0]!.match).toBeNull();
  });

  it('pages through a ranking in one order, across those with a wanted talent and those without; the count holds, archived left out', async () => {
    const { createOpportunity } = await employer.data<{ createOpportunity: { id: string } }>(
      `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }`,
      { input: { title: 'Sidemann', kind: 'JOB', municipalityNumber: '4012', hoursPerWeek: 20, talents: ['Sidevogn'] } },
    );
    const marker = { name: 'Sidebord' };
    const people: string[] = [];
    for (const [i, profile] of [
      { talents: [marker, { name: 'Sidevogn' }], municipalityNumber: '4012', hoursPerWeek: 10 },
      { talents: [marker, { name: 'sidevogn' }], municipalityNumber: '4003', hoursPerWeek: 30 },
      { talents: [marker, { name: 'Sidevogn' }], municipalityNumber: '4003', hoursPerWeek: 35 },
      { talents: [marker], municipalityNumber: '4012', hoursPerWeek: 25 },
      { talents: [marker], municipalityNumber: '4012', hoursPerWeek: 5 },
      { talents: [marker], municipalityNumber: '4003', hoursPerWeek: 40 },
      { talents: [marker], municipalityNumber: '4003', hoursPerWeek: 5 },
    ].entries()) {
      people.push((await visibleCandidate(orgId, coordinator, `Side ${'ABCDEFG'[i]}`, profile)).personId);
    }
    type Page = { candidates: { nodes: Card[]; pageInfo: { hasNextPage: boolean; endCursor: string }; totalCount: number } };
    const walk = async (first: number, rankFor = createOpportunity.id) => {
      const seen: Card[] = [];
      const counts = new Set<number>();
      let after: string | null = null;
      for (;;) {
        const page: Page = await employer.data(CANDIDATES, { rankFor, filter: { talents: ['Sidebord'] }, first, after });
        counts.add(page.candidates.totalCount);
        seen.push(...page.candidates.nodes);
        if (!page.candidates.pageInfo.hasNextPage) break;
        after = page.candidates.pageInfo.endCursor;
      }
      return { seen, counts: [...counts] };
    };
    const whole = await walk(100);
    expect(whole.counts).toEqual([7]);
    // Score first (a wanted talent outweighs municipality and hours together), then newest.
    expect(whole.seen.map((card) => card.match?.score)).toEqual([15, 13, 13, 8, 5, 3, 0]);
    expect(whole.seen.map((card) => card.id)).toEqual(
      [0, 2, 1, 3, 4, 5, 6].map((i) => cardIdOf(people[i]!, orgId)),
    );
    for (const first of [1, 2, 3, 4]) expect(await walk(first)).toEqual(whole);
    // An opening that wants no talent ranks by place and hours alone.
    const { createOpportunity: placeOnly } = await employer.data<{ createOpportunity: { id: string } }>(
      `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }`,
      { input: { title: 'Sidelinje', kind: 'JOB', municipalityNumber: '4012', hoursPerWeek: 20 } },
    );
    const byPlace = await walk(100, placeOnly.id);
    expect(byPlace.seen.map((card) => card.match?.score)).toEqual([8, 5, 5, 3, 3, 3, 0]);
    expect(byPlace.seen.map((card) => card.id)).toEqual([3, 4, 0, 5, 2, 1, 6].map((i) => cardIdOf(people[i]!, orgId)));
    for (const first of [1, 3]) expect(await walk(first, placeOnly.id)).toEqual(byPlace);
    await coordinator.data(`mutation($id: ID!) { archivePerson(id: $id) { id } }`, { id: people[1] });
    const archived = await walk(2);
    expect(archived.counts).toEqual([6]);
    expect(archived.seen.map((card) => card.id)).toEqual(whole.seen.map((card) => card.id).filter((id) => id !== cardIdOf(people[1]!, orgId)));
  });

  it('refuses an opening the employer may not see', async () => {
    const other = await createOrg(coordinator, { name: 'Hidden Openings AS' });
    const { createOpportunity } = await coordinator.data<{ createOpportunity: { id: string } }>(
      `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }`,
      { input: { organizationId: other, title: 'Closed one', kind: 'JOB', status: 'CLOSED' } },
    );
    expect(firstError(await employer.request(CANDIDATES, { rankFor: createOpportunity.id }))).toEqual({ code: 'NOT_FOUND', field: 'rankFor' });
  });
});

describe('candidates: refusals and bad input', () => {
  it.each([
    [{ filter: { municipalityNumber: 'Skien' } }, 'municipalityNumber'],
    [{ filter: { minHoursPerWeek: -1 } }, 'minHoursPerWeek'],
    [{ filter: { talents: [''] } }, 'talents.0'],
    [{ filter: { search: 'x'.repeat(201) } }, 'search'],
    [{ filter: { statuses: ['RETIRED'] } }, 'statuses.0'],
    [{ after: 'not-a-cursor' }, 'after'],
    [{ first: 501 }, 'first'],
  ])('%j → BAD_USER_INPUT', async (variables, field) => {
    expect(firstError(await employer.request(CANDIDATES, variables))).toEqual({ code: 'BAD_USER_INPUT', field });
  });

  it('is for employers and coordinators only', async () => {
    const personId = await createParticipant(coordinator, 'Curious Participant');
    const participant = await api.as('PARTICIPANT', { personId });
    const researcher = await api.as('RESEARCHER');
    expect(firstError(await participant.request(CANDIDATES, {})).code).toBe('FORBIDDEN');
    expect(firstError(await researcher.request(CANDIDATES, {})).code).toBe('FORBIDDEN');
  });

  it('give each employer organisation card ids of its own, none equal to a person id or another audience’s pseudonym', async () => {
    const shown = await visibleCandidate(orgId, coordinator, 'Two Employers', { talents: [{ name: 'Tønnemaker' }] });
    const { organizationId: otherOrg, client: other } = await employerOf(api, coordinator, 'Annen Arbeidsgiver AS');
    const seenHere = ids(await cards(employer, { filter: { talents: ['Tønnemaker'] } }));
    const seenThere = ids(await cards(other, { filter: { talents: ['Tønnemaker'] } }));
    expect(seenHere).toEqual([shown.cardId]);
    expect(seenThere).toEqual([cardIdOf(shown.personId, otherOrg)]);
    expect(seenThere[0]).not.toBe(seenHere[0]);
    expect(seenHere[0]).not.toBe(shown.personId);
    // The other organisation cannot use this one's card id.
    const borrowed = await other.request(`mutation($c: ID!) { requestIntroduction(input: { participantId: $c }) { id } }`, { c: shown.cardId });
    expect(firstError(borrowed).code).toBe('NOT_FOUND');
  });
});
