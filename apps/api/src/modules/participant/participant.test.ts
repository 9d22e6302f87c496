import { and, eq } from 'drizzle-orm';
import { loadEnv } from '../../env';
import { makePseudonyms } from '../../privacy/pseudonyms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, schema } from '@brobygger/db';
import { startTestApi, type GraphQLTestClient, type TestApi } from '../../testing/index';
import { createOrg, createParticipant, createPerson, firstError, rowCount } from '../person/test-fixtures';

const PROFILE = `query($id: ID!) { person(id: $id) { id name participant {
  status benefit dreams hoursPerWeek visibleToEmployers visibleToEmployersChangedAt shareForResearch shareForResearchChangedAt
  statusHistory { status changedOn note } talents { id name level } wishedIndustries
  goals { id text status targetDate } planSteps { id text done doneAt goal { id } }
} } }`;

const UPDATE_PROFILE = `mutation($id: ID!, $input: ParticipantProfileInput!) { updateParticipantProfile(personId: $id, input: $input) { id isParticipant } }`;

let api: TestApi;
let coordinator: GraphQLTestClient;

beforeAll(async () => {
  api = await startTestApi();
  coordinator = await api.as('COORDINATOR');
});
afterAll(() => api.stop());

const auditCount = (entityType: string) => rowCount(api, schema.auditEvents, eq(schema.auditEvents.entityType, entityType));

describe('participant profile', () => {
  it('creates a profile for a person (upsert), records status changes, and dates consent', async () => {
    const id = await createPerson(coordinator, { name: 'Upsert Person', sector: 'CIVIL' });
    const result = await coordinator.data(UPDATE_PROFILE, { id, input: { status: 'OUTSIDE_WORK', visibleToEmployers: true, wishedIndustries: ['47'] } });
    expect(result.updateParticipantProfile).toEqual({ id, isParticipant: true });
    await coordinator.data(UPDATE_PROFILE, { id, input: { status: 'WORK_TRIAL', dreams: 'A shop of my own' } });
    const { person } = await coordinator.data(PROFILE, { id });
    expect(person.participant.status).toBe('WORK_TRIAL');
    expect(person.participant.statusHistory.map((s: { status: string }) => s.status)).toEqual(['OUTSIDE_WORK', 'WORK_TRIAL']);
    expect(person.participant.visibleToEmployersChangedAt).toBeTruthy();
    expect(person.participant.shareForResearchChangedAt).toBeNull();
    expect(person.participant.wishedIndustries).toEqual(['47']);
    expect(await auditCount('ParticipantProfile')).toBe(2);
  });

  it('refuses a profile for someone outside CIVIL and changes nothing', async () => {
    const id = await createPerson(coordinator, { name: 'Business Person' });
    const before = await rowCount(api, schema.participantProfiles);
    expect(firstError(await coordinator.request(UPDATE_PROFILE, { id, input: {} }))).toEqual({ code: 'BAD_USER_INPUT', field: 'personId' });
    expect(firstError(await coordinator.request(UPDATE_PROFILE, { id: 'per_none', input: {} }))).toEqual({ code: 'NOT_FOUND', field: 'personId' });
    expect(await rowCount(api, schema.participantProfiles)).toBe(before);
  });

  it('records a status change in history; an older one does not become current', async () => {
    const id = await createParticipant(coordinator, 'History Person');
    const RECORD = `mutation($id: ID!, $input: StatusChangeInput!) { recordStatusChange(personId: $id, input: $input) { participant { status statusHistory { status changedOn } } } }`;
    const newer = await coordinator.data(RECORD, { id, input: { status: 'EMPLOYED_PART_TIME', changedOn: '2099-01-01' } }).catch((e: Error) => e);
    expect(newer).toBeInstanceOf(Error);
    const now = await coordinator.data(RECORD, { id, input: { status: 'EMPLOYED_PART_TIME', changedOn: new Date().toISOString().slice(0, 10) } });
    expect(now.recordStatusChange.participant.status).toBe('EMPLOYED_PART_TIME');
    const old = await coordinator.data(RECORD, { id, input: { status: 'OUTSIDE_WORK', changedOn: '2020-01-01', note: 'From the case file' } });
    expect(old.recordStatusChange.participant.status).toBe('EMPLOYED_PART_TIME');
    expect(old.recordStatusChange.participant.statusHistory[0]).toEqual({ status: 'OUTSIDE_WORK', changedOn: '2020-01-01' });
    const wrong = await coordinator.request(RECORD, { id, input: { status: 'RETIRED', changedOn: '2020-01-01' } });
    expect(firstError(wrong)).toEqual({ code: 'BAD_USER_INPUT', field: 'status' });
  });

  it('talents, goals and plan steps: add, change, remove; done sets doneAt', async () => {
    const id = await createParticipant(coordinator, 'Plan Person');
    const talent = await coordinator.data(`mutation($id: ID!) { addTalent(personId: $id, input: { name: "Welding" }) { id name level } }`, { id });
    expect(talent.addTalent).toMatchObject({ name: 'Welding', level: 'SKILLED' });
    const dup = await coordinator.request(`mutation($id: ID!) { addTalent(personId: $id, input: { name: "welding" }) { id } }`, { id });
    expect(firstError(dup)).toEqual({ code: 'BAD_USER_INPUT', field: 'name' });
    await coordinator.data(`mutation($t: ID!) { updateTalent(id: $t, input: { name: "Welding", level: EXPERT }) { id } }`, { t: talent.addTalent.id });
    const goal = await coordinator.data(`mutation($id: ID!) { addGoal(personId: $id, input: { text: "Get a certificate", targetDate: "2030-06-01" }) { id } }`, { id });
    const goalId = goal.addGoal.id;
    const badRange = await coordinator.request(`mutation($id: ID!) { addGoal(personId: $id, input: { text: "" }) { id } }`, { id });
    expect(firstError(badRange)).toEqual({ code: 'BAD_USER_INPUT', field: 'text' });
    const step = await coordinator.data(`mutation($id: ID!, $g: ID!) { addPlanStep(personId: $id, input: { text: "Sign up", goalId: $g }) { id done doneAt } }`, { id, g: goalId });
    expect(step.addPlanStep).toMatchObject({ done: false, doneAt: null });
    const unknownGoal = await coordinator.request(`mutation($id: ID!) { addPlanStep(personId: $id, input: { text: "X", goalId: "gol_none" }) { id } }`, { id });
    expect(firstError(unknownGoal)).toEqual({ code: 'NOT_FOUND', field: 'goalId' });
    const done = await coordinator.data(`mutation($s: ID!) { updatePlanStep(id: $s, input: { done: true }) { done doneAt } }`, { s: step.addPlanStep.id });
    expect(done.updatePlanStep.done).toBe(true);
    expect(done.updatePlanStep.doneAt).toBeTruthy();
    await coordinator.data(`mutation($g: ID!) { updateGoal(id: $g, input: { status: ACHIEVED }) { id } }`, { g: goalId });

    let { person } = await coordinator.data(PROFILE, { id });
    expect(person.participant.talents).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Welding', level: 'EXPERT' })]));
    expect(person.participant.goals).toEqual([{ id: goalId, text: 'Get a certificate', status: 'ACHIEVED', targetDate: '2030-06-01' }]);
    expect(person.participant.planSteps[0]).toMatchObject({ text: 'Sign up', done: true, goal: { id: goalId } });

    await coordinator.data(`mutation($g: ID!) { deleteGoal(id: $g) }`, { g: goalId });
    ({ person } = await coordinator.data(PROFILE, { id }));
    expect(person.participant.goals).toEqual([]);
    expect(person.participant.planSteps[0].goal).toBeNull();
    await coordinator.data(`mutation($s: ID!) { deletePlanStep(id: $s) }`, { s: step.addPlanStep.id });
    await coordinator.data(`mutation($t: ID!) { deleteTalent(id: $t) }`, { t: talent.addTalent.id });
    ({ person } = await coordinator.data(PROFILE, { id }));
    expect(person.participant.planSteps).toEqual([]);
    expect(person.participant.talents.map((t: { name: string }) => t.name)).toEqual(['Baking']);
    expect(firstError(await coordinator.request(`mutation { deleteTalent(id: "tal_none") }`)).code).toBe('NOT_FOUND');
  });

  it('audits every mutation, on behalf when a coordinator acts', async () => {
    const id = await createParticipant(coordinator, 'Audit Person');
    const before = await rowCount(api, schema.auditEvents);
    await coordinator.data(`mutation($id: ID!) { addTalent(personId: $id, input: { name: "Sewing" }) { id } }`, { id });
    await coordinator.data(`mutation($id: ID!) { updateConsent(personId: $id, input: { visibleToEmployers: true }) { id } }`, { id });
    expect(await rowCount(api, schema.auditEvents)).toBe(before + 2);
    const onBehalf = await rowCount(api, schema.auditEvents, and(eq(schema.auditEvents.entityType, 'Consent'), eq(schema.auditEvents.onBehalf, true)));
    expect(onBehalf).toBe(1);
  });
});

describe('a participant on their own profile', () => {
  let me: string;
  let other: string;
  let participant: GraphQLTestClient;

  beforeAll(async () => {
    me = await createParticipant(coordinator, 'Mari Mine', { shareForResearch: true });
    other = await createParticipant(coordinator, 'Trond Theirs');
    participant = await api.as('PARTICIPANT', { personId: me });
  });

  it('edits their own talents, goals, plans and consent', async () => {
    await participant.data(`mutation($id: ID!) { addTalent(personId: $id, input: { name: "Painting" }) { id } }`, { id: me });
    await participant.data(`mutation($id: ID!) { addGoal(personId: $id, input: { text: "Exhibit" }) { id } }`, { id: me });
    await participant.data(UPDATE_PROFILE, { id: me, input: { dreams: 'Paint every day', hoursPerWeek: 15 } });
    const consent = await participant.data(
      `mutation($id: ID!) { updateConsent(personId: $id, input: { visibleToEmployers: true }) { participant { visibleToEmployers visibleToEmployersChangedAt } } }`,
      { id: me },
    );
    expect(consent.updateConsent.participant.visibleToEmployers).toBe(true);
    expect(consent.updateConsent.participant.visibleToEmployersChangedAt).toBeTruthy();
    const { person } = await participant.data(PROFILE, { id: me });
    expect(person.participant).toMatchObject({ dreams: 'Paint every day', hoursPerWeek: 15 });
  });

  it('may not change their own status or benefit', async () => {
    const before = await rowCount(api, schema.participantStatusChanges);
    for (const input of [{ status: 'EMPLOYED_FULL_TIME' }, { benefit: 'NONE' }]) {
      const result = await participant.request(UPDATE_PROFILE, { id: me, input });
      expect(firstError(result).code).toBe('FORBIDDEN');
    }
    const record = await participant.request(
      `mutation($id: ID!) { recordStatusChange(personId: $id, input: { status: EMPLOYED_FULL_TIME, changedOn: "2024-01-01" }) { id } }`,
      { id: me },
    );
    expect(firstError(record).code).toBe('FORBIDDEN');
    expect(await rowCount(api, schema.participantStatusChanges)).toBe(before);
  });

  it('may not read or edit someone else', async () => {
    const talents = await rowCount(api, schema.talents, eq(schema.talents.personId, other));
    // Another participant answers as an unknown id would.
    expect(firstError(await participant.request(PROFILE, { id: other })).code).toBe('NOT_FOUND');
    for (const [query, vars] of [
      [`mutation($id: ID!) { addTalent(personId: $id, input: { name: "Hacking" }) { id } }`, { id: other }],
      [UPDATE_PROFILE, { id: other, input: { dreams: 'x' } }],
      [`mutation($id: ID!) { updateConsent(personId: $id, input: { visibleToEmployers: true }) { id } }`, { id: other }],
    ] as const) {
      expect(firstError(await participant.request(query, vars)).code).toBe('FORBIDDEN');
    }
    const [theirTalent] = await api.handle.db.select().from(schema.talents).where(eq(schema.talents.personId, other));
    // Someone else's talent answers exactly as an id that does not exist.
    const del = await participant.request(`mutation($t: ID!) { deleteTalent(id: $t) }`, { t: theirTalent!.id });
    const unknown = await participant.request(`mutation($t: ID!) { deleteTalent(id: $t) }`, { t: 'tal_doesnotexist' });
    expect(firstError(del)).toEqual(firstError(unknown));
    expect(firstError(del).code).toBe('NOT_FOUND');
    expect(await rowCount(api, schema.talents, eq(schema.talents.personId, other))).toBe(talents);
    expect(firstError(await participant.request(`mutation { createPerson(input: { name: "X", sector: CIVIL }) { id } }`)).code).toBe('FORBIDDEN');
  });

  it('sees the networks they are a member of, their own ties', async () => {
    const { createNetwork } = await coordinator.data(`mutation { createNetwork(input: { name: "Jobbklubb Nord", kind: PROJECT }) { id } }`);
    await coordinator.data(`mutation($i: AddNetworkMemberInput!) { addNetworkMember(input: $i) { id } }`, { i: { networkId: createNetwork.id, personId: me } });
    const { viewer } = await participant.data(`{ viewer { person { memberships { network { id name } } } } }`);
    expect(viewer.person.memberships).toEqual([{ network: { id: createNetwork.id, name: 'Jobbklubb Nord' } }]);
    // The root field stays closed to participants: a network is theirs to read only as their tie.
    expect(firstError(await participant.request(`query($id: ID!) { network(id: $id) { name } }`, { id: createNetwork.id })).code).toBe('FORBIDDEN');
  });

  it('exports everything stored about them, talents included', async () => {
    const connectionTo = await createPerson(coordinator, { name: 'Mentor Person' });
    await coordinator.data(`mutation($a: ID!, $b: ID!) { createConnection(input: { personAId: $a, personBId: $b, kind: MENTOR }) { id } }`, { a: me, b: connectionTo });
    const org = await createOrg(coordinator);
    await api.handle.transaction((tx) =>
      tx.insert(schema.introductions).values({ id: newId('introduction'), participantId: me, organizationId: org }),
    );
    const { exportMyData } = await participant.data(`mutation { exportMyData }`);
    expect(exportMyData.person).toMatchObject({ id: me, name: 'Mari Mine' });
    expect(exportMyData.talents.map((t: { name: string }) => t.name)).toEqual(expect.arrayContaining(['Baking', 'Painting']));
    expect(exportMyData.goals.map((g: { text: string }) => g.text)).toEqual(['Exhibit']);
    expect(exportMyData.dreams.map((d: { text: string }) => d.text)).toEqual(['Paint every day']);
    expect(exportMyData.connections).toHaveLength(1);
    // Names beside the ids: the mentor, the organisation asking.
    expect(exportMyData.names[connectionTo]).toBe('Mentor Person');
    expect(exportMyData.names[org]).toBeTruthy();
    expect(exportMyData.introductions).toHaveLength(1);
    expect(exportMyData.statusHistory.length).toBeGreaterThan(0);
    expect(exportMyData.auditEvents.length).toBeGreaterThan(3);
    expect(JSON.stringify(exportMyData)).not.toContain('passwordHash');
    expect(JSON.stringify(exportMyData)).not.toContain('Trond');
  });

  it('exports a tie to another participant without telling who they are', async () => {
    await coordinator.data(`mutation($a: ID!, $b: ID!) { createConnection(input: { personAId: $a, personBId: $b, kind: CONTACT }) { id } }`, { a: me, b: other });
    const { exportMyData } = await participant.data(`mutation { exportMyData }`);
    const text = JSON.stringify(exportMyData);
    expect(text).not.toContain(other);
    expect(exportMyData.connections.some((c: { personAId: string; personBId: string }) => [c.personAId, c.personBId].includes('participant'))).toBe(true);
  });

  it('erases their data: no name left, no link to earlier pseudonyms, the session ended', async () => {
    const researcher = await api.as('RESEARCHER');
    const pseudonyms = makePseudonyms(loadEnv({ NODE_ENV: 'test' }).PSEUDONYM_SECRET);
    const { eraseMe } = await participant.data(`mutation { eraseMe }`);
    expect(eraseMe).toBe(true);
    const [row] = await api.handle.db.select().from(schema.people).where(eq(schema.people.id, me));
    expect(row).toMatchObject({ email: null, phone: null, title: null, organizationId: null, since: null });
    // A fresh random token: neither the research pseudonym nor a card id of earlier exports.
    expect(row!.name).toMatch(/^erased-[0-9a-f]{16}$/);
    expect(row!.name).not.toContain(pseudonyms.research(me).slice(2));
    expect(row!.erasedAt).toBeTruthy();
    for (const table of [schema.talents, schema.goals, schema.planSteps, schema.wishedIndustries]) {
      expect(await rowCount(api, table, eq(table.personId, me))).toBe(0);
    }
    expect(await rowCount(api, schema.participantProfiles, eq(schema.participantProfiles.personId, me))).toBe(0);
    expect(await rowCount(api, schema.introductions, eq(schema.introductions.participantId, me))).toBe(0);
    const coordinatorView = await coordinator.data(PROFILE, { id: me });
    expect(JSON.stringify(coordinatorView)).not.toContain('Mari');
    expect(firstError(await researcher.request(PROFILE, { id: me })).code).toBe('NOT_FOUND');
    const after = await participant.request(`query($id: ID!) { person(id: $id) { id } }`, { id: me });
    expect(firstError(after).code).toBe('UNAUTHENTICATED');
    const [account] = await api.handle.db.select().from(schema.users).where(eq(schema.users.personId, me));
    expect(account!.active).toBe(false);
    expect(account!.email).not.toContain('participant');
  });
});

describe('employers and researchers on profiles', () => {
  it('may not change anything of a profile', async () => {
    const id = await createParticipant(coordinator, 'Untouchable');
    const employer = await api.as('EMPLOYER', { organizationId: await createOrg(coordinator) });
    const researcher = await api.as('RESEARCHER');
    for (const client of [employer, researcher]) {
      const result = await client.request(`mutation($id: ID!) { addTalent(personId: $id, input: { name: "X" }) { id } }`, { id });
      expect(firstError(result).code).toBe('FORBIDDEN');
      expect(firstError(await client.request(`mutation { exportMyData }`)).code).toBe('FORBIDDEN');
    }
  });
});
