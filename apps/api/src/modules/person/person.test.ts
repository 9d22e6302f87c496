import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, schema } from '@brobygger/db';
import { startTestApi, type GraphQLTestClient, type TestApi } from '../../testing/index';
import { createOrg, createParticipant, createPerson, firstError, rowCount } from './test-fixtures';

const PERSON = `query($id: ID!) { person(id: $id) {
  id name email phone title sector isParticipant
  organization { id name }
  participant { status dreams benefit municipalityName hoursPerWeek
    statusHistory { status changedOn } talents { name level } wishedIndustries
    goals { text } planSteps { text } coordinator { id } }
  connections { id }
  memberships { id }
} }`;

const PEOPLE = `query($first: Int, $after: String, $filter: PersonFilter, $orderBy: PersonOrder) {
  people(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id name email isParticipant }
  }
}`;

let api: TestApi;
let coordinator: GraphQLTestClient;
let orgId: string;

beforeAll(async () => {
  api = await startTestApi();
  coordinator = await api.as('COORDINATOR');
  orgId = await createOrg(coordinator, { name: 'Skien Bakeri AS' });
});
afterAll(() => api.stop());

describe('people: create, read, update, delete', () => {
  it('creates a participant with profile, talents, wished industries and a first status change', async () => {
    const id = await createParticipant(coordinator, 'Kari Nordmann', {
      talents: [{ name: 'Baking', level: 'EXPERT' }, { name: 'Driving' }],
      wishedIndustries: ['56', '10'],
    });
    const { person } = await coordinator.data(PERSON, { id });
    expect(person).toMatchObject({
      name: 'Kari Nordmann',
      email: 'kari.nordmann@example.no',
      sector: 'CIVIL',
      isParticipant: true,
      participant: {
        status: 'IN_ACTIVITY',
        benefit: 'WORK_ASSESSMENT_ALLOWANCE',
        municipalityName: 'Skien',
        hoursPerWeek: 20,
        statusHistory: [{ status: 'IN_ACTIVITY' }],
        wishedIndustries: expect.arrayContaining(['56', '10']),
      },
    });
    expect(person.participant.talents).toEqual([
      { name: 'Baking', level: 'EXPERT' },
      { name: 'Driving', level: 'SKILLED' },
    ]);
  });

  it('updates a person and keeps omitted fields; null clears', async () => {
    const id = await createPerson(coordinator, { name: 'Ola Hansen', title: 'Daglig leder', organizationId: orgId });
    const { updatePerson } = await coordinator.data(
      `mutation($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { name title email organization { id } } }`,
      { id, input: { email: 'ola@bakeri.no', title: null } },
    );
    expect(updatePerson).toEqual({ name: 'Ola Hansen', title: null, email: 'ola@bakeri.no', organization: { id: orgId } });
  });

  it('deletes a person with their ties, and refuses while an agreement names them', async () => {
    const a = await createPerson(coordinator, { name: 'Delete Me' });
    const b = await createPerson(coordinator, { name: 'Keep Me' });
    await coordinator.data(
      `mutation($input: CreateConnectionInput!) { createConnection(input: $input) { id } }`,
      { input: { personAId: a, personBId: b, kind: 'CONTACT' } },
    );
    const agreementId = newId('agreement');
    await api.handle.transaction(async (tx) => {
      await tx.insert(schema.agreements).values({ id: agreementId, title: 'Mentorship', kind: 'MENTORSHIP' });
      await tx.insert(schema.agreementParties).values({ id: newId('agreementParty'), agreementId, personId: a, role: 'MENTOR' });
    });
    const before = await rowCount(api, schema.people);
    const refused = await coordinator.request(`mutation($id: ID!) { deletePerson(id: $id) }`, { id: a });
    expect(firstError(refused)).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(refused.errors?.[0]?.message).toMatch(/agreement/);
    expect(await rowCount(api, schema.people)).toBe(before);

    await api.handle.transaction((tx) => tx.delete(schema.agreements).where(eq(schema.agreements.id, agreementId)));
    expect(await coordinator.data(`mutation($id: ID!) { deletePerson(id: $id) }`, { id: a })).toEqual({ deletePerson: a });
    expect(await rowCount(api, schema.people)).toBe(before - 1);
    expect(await rowCount(api, schema.connections, eq(schema.connections.personBId, b))).toBe(0);
  });

  it('gives NOT_FOUND for an unknown id', async () => {
    const result = await coordinator.request(PERSON, { id: 'per_nobody' });
    expect(firstError(result).code).toBe('NOT_FOUND');
    const deleted = await coordinator.request(`mutation { deletePerson(id: "per_nobody") }`);
    expect(firstError(deleted).code).toBe('NOT_FOUND');
  });
});

describe('people: bad input changes nothing', () => {
  const CREATE = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`;
  const cases: [string, Record<string, unknown>, string, string][] = [
    ['missing name', { sector: 'BUSINESS' }, 'BAD_USER_INPUT', 'name'],
    ['blank name', { name: '  ', sector: 'BUSINESS' }, 'BAD_USER_INPUT', 'name'],
    ['wrong enum', { name: 'X', sector: 'PRIVATE' }, 'BAD_USER_INPUT', 'sector'],
    ['bad email', { name: 'X', sector: 'BUSINESS', email: 'not-an-email' }, 'BAD_USER_INPUT', 'email'],
    ['bad date', { name: 'X', sector: 'BUSINESS', since: '2024-02-30' }, 'BAD_USER_INPUT', 'since'],
    ['unknown organisation', { name: 'X', sector: 'BUSINESS', organizationId: 'org_none' }, 'NOT_FOUND', 'organizationId'],
    ['participant outside CIVIL', { name: 'X', sector: 'BUSINESS', participant: {} }, 'BAD_USER_INPUT', 'sector'],
    [
      'duplicate talent',
      { name: 'X', sector: 'CIVIL', participant: { talents: [{ name: 'Baking' }, { name: 'baking ' }] } },
      'BAD_USER_INPUT',
      'participant.talents.1.name',
    ],
    [
      'unknown coordinator',
      { name: 'X', sector: 'CIVIL', participant: { coordinatorId: 'per_none' } },
      'NOT_FOUND',
      'participant.coordinatorId',
    ],
    ['hours out of range', { name: 'X', sector: 'CIVIL', participant: { hoursPerWeek: 300 } }, 'BAD_USER_INPUT', 'participant.hoursPerWeek'],
  ];
  it.each(cases)('%s', async (_name, input, code, field) => {
    const people = await rowCount(api, schema.people);
    const profiles = await rowCount(api, schema.participantProfiles);
    const talents = await rowCount(api, schema.talents);
    const result = await coordinator.request(CREATE, { input });
    expect(firstError(result)).toEqual({ code, field });
    expect(await rowCount(api, schema.people)).toBe(people);
    expect(await rowCount(api, schema.participantProfiles)).toBe(profiles);
    expect(await rowCount(api, schema.talents)).toBe(talents);
  });

  it('refuses to move a participant out of CIVIL', async () => {
    const id = await createParticipant(coordinator, 'Stay Civil');
    const result = await coordinator.request(
      `mutation($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { id } }`,
      { id, input: { sector: 'BUSINESS' } },
    );
    expect(firstError(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'sector' });
  });
});

describe('people: lists', () => {
  it('walks 45 people 10 at a time with no duplicates and no gaps', async () => {
    const org = await createOrg(coordinator, { name: 'Paging AS' });
    const ids = new Set<string>();
    for (let i = 0; i < 45; i++) ids.add(await createPerson(coordinator, { name: `Pager ${String(i).padStart(2, '0')}`, organizationId: org }));
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { people }: { people: { totalCount: number; nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } =
        await coordinator.data(PEOPLE, { first: 10, after, filter: { organizationId: org } });
      expect(people.totalCount).toBe(45);
      seen.push(...people.nodes.map((n) => n.id));
      pages += 1;
      if (!people.pageInfo.hasNextPage) break;
      after = people.pageInfo.endCursor;
    }
    expect(pages).toBe(5);
    expect(seen).toHaveLength(45);
    expect(new Set(seen)).toEqual(ids);
  });

  it('filters and sorts', async () => {
    const org = await createOrg(coordinator, { name: 'Filter AS' });
    await createPerson(coordinator, { name: 'Berit Filter', organizationId: org, sector: 'PUBLIC' });
    await createPerson(coordinator, { name: 'Anders Filter', organizationId: org });
    const byName = await coordinator.data(PEOPLE, { filter: { organizationId: org }, orderBy: { field: 'NAME', direction: 'DESC' } });
    expect(byName.people.nodes.map((n: { name: string }) => n.name)).toEqual(['Berit Filter', 'Anders Filter']);
    const publicOnes = await coordinator.data(PEOPLE, { filter: { organizationId: org, sectors: ['PUBLIC'] } });
    expect(publicOnes.people.nodes.map((n: { name: string }) => n.name)).toEqual(['Berit Filter']);
    const search = await coordinator.data(PEOPLE, { filter: { search: 'anders filt' } });
    expect(search.people.nodes.map((n: { name: string }) => n.name)).toEqual(['Anders Filter']);
    await createParticipant(coordinator, 'Status Filter', { status: 'WORK_TRIAL', municipalityNumber: '3806' });
    const trial = await coordinator.data(PEOPLE, { filter: { statuses: ['WORK_TRIAL'], municipalityNumber: '3806', isParticipant: true } });
    expect(trial.people.nodes.map((n: { name: string }) => n.name)).toEqual(['Status Filter']);
  });

  it('refuses a cursor it did not give out', async () => {
    const result = await coordinator.request(PEOPLE, { first: 5, after: 'garbage' });
    expect(firstError(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('privacy: researcher', () => {
  let researcher: GraphQLTestClient;
  let consenting: string;
  let refusing: string;
  let professional: string;
  let org: string;

  beforeAll(async () => {
    researcher = await api.as('RESEARCHER');
    org = await createOrg(coordinator, { name: 'Research Enterprise', sector: 'CIVIL', kind: 'SOCIAL_ENTERPRISE' });
    professional = await createPerson(coordinator, { name: 'Pål Professional', sector: 'CIVIL', organizationId: org, email: 'pal@example.no' });
    consenting = await createParticipant(coordinator, 'Siri Secretname', { shareForResearch: true });
    refusing = await createParticipant(coordinator, 'Nils Neverseen', { shareForResearch: false });
    await coordinator.data(
      `mutation($a: ID!, $b: ID!) { updatePerson(id: $a, input: { organizationId: $b }) { id } }`,
      { a: consenting, b: org },
    );
    await coordinator.data(
      `mutation($a: ID!, $b: ID!) { updatePerson(id: $a, input: { organizationId: $b }) { id } }`,
      { a: refusing, b: org },
    );
    for (const other of [consenting, refusing]) {
      await coordinator.data(
        `mutation($input: CreateConnectionInput!) { createConnection(input: $input) { id } }`,
        { input: { personAId: professional, personBId: other, kind: 'CASEWORKER' } },
      );
    }
  });

  /** The research pseudonym of the one consenting participant, as the researcher's own list gives it. */
  async function researchIdOfConsenting(): Promise<string> {
    const { people } = await researcher.data(PEOPLE, { first: 500, filter: { isParticipant: true } });
    const ids = people.nodes.map((n: { id: string }) => n.id);
    expect(ids).toHaveLength(1);
    return ids[0];
  }

  it('sees a consenting participant only under a research pseudonym, as id and name, with no profile', async () => {
    const id = await researchIdOfConsenting();
    expect(id).toMatch(/^R-[0-9A-F]{12}$/);
    const { person } = await researcher.data(PERSON, { id });
    expect(person).toMatchObject({ id, name: id, email: null, phone: null, title: null, participant: null });
    // The pseudonym is stable across requests; the real id answers as an unknown one.
    expect((await researcher.data(PERSON, { id })).person.name).toBe(person.name);
    expect(firstError(await researcher.request(PERSON, { id: consenting })).code).toBe('NOT_FOUND');
  });

  it('gets NOT_FOUND for a participant without shareForResearch, and never sees them in lists', async () => {
    expect(firstError(await researcher.request(PERSON, { id: refusing })).code).toBe('NOT_FOUND');
    const { people } = await researcher.data(PEOPLE, { first: 500 });
    const ids = people.nodes.map((n: { id: string }) => n.id);
    expect(ids).toContain(await researchIdOfConsenting());
    expect(ids).not.toContain(consenting);
    expect(ids).not.toContain(refusing);
    // A total that may count participants is an aggregate: rounded to 5 for researchers.
    expect(people.totalCount % 5).toBe(0);
    expect(Math.abs(people.totalCount - ids.length)).toBeLessThanOrEqual(2);
  });

  it('sees no participant name anywhere, nested included', async () => {
    const nested = await researcher.request(
      `query($org: ID!, $pro: ID!) {
        organization(id: $org) { people(first: 100) { nodes { id name email participant { dreams } } } }
        people(first: 50, filter: { isParticipant: true }) { nodes { name email phone connections { personA { name } personB { name } } } }
        person(id: $pro) { name connections { personA { id name email } personB { id name email } } }
      }`,
      { org, pro: professional },
    );
    const text = JSON.stringify(nested);
    for (const secret of ['Siri', 'Secretname', 'Nils', 'Neverseen', 'Kari', 'bakery', 'siri.secretname']) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toContain(refusing);
    expect(text).toContain('Pål Professional');
    expect(nested.data?.person).toBeTruthy();
  });

  it('cannot find a participant by searching their real name', async () => {
    const { people } = await researcher.data(PEOPLE, { filter: { search: 'Secretname' } });
    expect(people.totalCount).toBe(0);
  });

  it('loses the participant on the next request after consent is withdrawn', async () => {
    const participant = await api.as('PARTICIPANT', { personId: consenting });
    const id = await researchIdOfConsenting();
    expect((await researcher.data(PERSON, { id })).person.id).toBe(id);
    await participant.data(`mutation($id: ID!) { updateConsent(personId: $id, input: { shareForResearch: false }) { id } }`, {
      id: consenting,
    });
    expect(firstError(await researcher.request(PERSON, { id })).code).toBe('NOT_FOUND');
    const { people } = await researcher.data(PEOPLE, { first: 500 });
    expect(people.nodes.map((n: { id: string }) => n.id)).not.toContain(id);
    await participant.data(`mutation($id: ID!) { updateConsent(personId: $id, input: { shareForResearch: true }) { id } }`, {
      id: consenting,
    });
  });
});

describe('privacy: employer', () => {
  let employer: GraphQLTestClient;
  let employerOrg: string;
  let candidate: string;
  let colleague: string;
  let stranger: string;

  beforeAll(async () => {
    employerOrg = await createOrg(coordinator, { name: 'Porsgrunn Mek AS' });
    employer = await api.as('EMPLOYER', { organizationId: employerOrg });
    candidate = await createParticipant(coordinator, 'Cecilie Candidate', { visibleToEmployers: true });
    await coordinator.data(`mutation($id: ID!) { addGoal(personId: $id, input: { text: "Work in a kitchen" }) { id } }`, { id: candidate });
    await coordinator.data(`mutation($id: ID!) { addPlanStep(personId: $id, input: { text: "Secret plan step" }) { id } }`, { id: candidate });
    colleague = await createPerson(coordinator, { name: 'Colleague Own', organizationId: employerOrg });
    stranger = await createPerson(coordinator, { name: 'Stranger Other', organizationId: orgId });
    await coordinator.data(
      `mutation($input: CreateConnectionInput!) { createConnection(input: $input) { id } }`,
      { input: { personAId: stranger, personBId: candidate, kind: 'MENTOR' } },
    );
  });

  it('may not list people', async () => {
    expect(firstError(await employer.request(PEOPLE, {})).code).toBe('FORBIDDEN');
  });

  it('gets NOT_FOUND (as for an unknown id) for a participant until an ACCEPTED introduction exists, then the limited view', async () => {
    expect(firstError(await employer.request(PERSON, { id: candidate })).code).toBe('NOT_FOUND');
    const introId = newId('introduction');
    await api.handle.transaction((tx) =>
      tx.insert(schema.introductions).values({
        id: introId,
        participantId: candidate,
        organizationId: employerOrg,
        status: 'REQUESTED',
      }),
    );
    expect(firstError(await employer.request(PERSON, { id: candidate })).code).toBe('NOT_FOUND');
    await api.handle.transaction((tx) =>
      tx
        .update(schema.introductions)
        .set({ status: 'ACCEPTED', answeredAt: new Date().toISOString() })
        .where(eq(schema.introductions.id, introId)),
    );
    const { person } = await employer.data(PERSON, { id: candidate });
    expect(person).toMatchObject({
      name: 'Cecilie Candidate',
      email: 'cecilie.candidate@example.no',
      phone: '912 34 567',
      connections: [],
      memberships: [],
      organization: null,
      participant: {
        talents: [{ name: 'Baking', level: 'EXPERT' }],
        goals: [{ text: 'Work in a kitchen' }],
        benefit: null,
        dreams: null,
        statusHistory: [],
        planSteps: [],
        coordinator: null,
      },
    });
    const agreements = await employer.data(`query($id: ID!) { person(id: $id) { agreements { id } } }`, { id: candidate });
    expect(agreements.person.agreements).toEqual([]);
  });

  it('loses the participant when the acceptance is older than 6 months', async () => {
    const other = await createParticipant(coordinator, 'Old Acceptance');
    const old = new Date();
    old.setUTCMonth(old.getUTCMonth() - 7);
    await api.handle.transaction((tx) =>
      tx.insert(schema.introductions).values({
        id: newId('introduction'),
        participantId: other,
        organizationId: employerOrg,
        status: 'ACCEPTED',
        answeredAt: old.toISOString(),
      }),
    );
    expect(firstError(await employer.request(PERSON, { id: other })).code).toBe('NOT_FOUND');
  });

  it('sees people of its own organisation but not of others', async () => {
    expect((await employer.data(PERSON, { id: colleague })).person.name).toBe('Colleague Own');
    expect(firstError(await employer.request(PERSON, { id: stranger })).code).toBe('NOT_FOUND');
    const { organization } = await employer.data(
      `query($id: ID!) { organization(id: $id) { people { totalCount nodes { name } } } }`,
      { id: employerOrg },
    );
    expect(organization.people.nodes).toEqual([{ name: 'Colleague Own' }]);
  });
});

describe('privacy: participant and audit', () => {
  it('a participant reads only themselves', async () => {
    const me = await createParticipant(coordinator, 'Mona Me');
    const other = await createParticipant(coordinator, 'Olav Other');
    const participant = await api.as('PARTICIPANT', { personId: me });
    const mine = await participant.data(PERSON, { id: me });
    expect(mine.person.participant.dreams).toBe('Mona Me dreams of a bakery');
    expect(firstError(await participant.request(PERSON, { id: other })).code).toBe('NOT_FOUND');
    expect(firstError(await participant.request(PEOPLE, {})).code).toBe('FORBIDDEN');
  });

  it('writes one audit event per participant and request that read a full profile, on any path', async () => {
    const id = await createParticipant(coordinator, 'Audited Person');
    const reads = () => rowCount(api, schema.auditEvents, and(eq(schema.auditEvents.entityId, id), eq(schema.auditEvents.action, 'read')));
    expect(await reads()).toBe(0);
    await coordinator.data(PERSON, { id });
    expect(await reads()).toBe(1);
    // The same person by two fields and a list in one request: one event.
    await coordinator.data(
      `query($id: ID!) { a: person(id: $id) { name } b: person(id: $id) { email participant { dreams } } people(first: 500) { nodes { name } } }`,
      { id },
    );
    expect(await reads()).toBe(2);
    // A list showing names is a bulk read of each participant on it.
    await coordinator.data(PEOPLE, { first: 500 });
    expect(await reads()).toBe(3);
    // Fields that show nothing beyond a candidate card are no full-profile read.
    await coordinator.data(`{ people(first: 500) { nodes { id sector } } }`);
    expect(await reads()).toBe(3);
    const created = await rowCount(api, schema.auditEvents, and(eq(schema.auditEvents.entityId, id), eq(schema.auditEvents.action, 'create')));
    expect(created).toBe(1);
  });
});
