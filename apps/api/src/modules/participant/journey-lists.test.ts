import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@brobygger/db';
import { startTestApi, type GraphQLTestClient, type TestApi } from '../../testing/index';
import { createParticipant, firstError, rowCount } from '../person/test-fixtures';

const LISTS = `query($id: ID!) { person(id: $id) { participant {
  hoursPerWeek dreams dreamList { id text } talents { id name } goals { id text } planSteps { id text }
  statusHistory { status reason note }
} } }`;
const ADD_DREAM = `mutation($id: ID!, $text: String) { addDream(personId: $id, input: { text: $text }) { id text } }`;
const reorderOf = (field: string, list: string) =>
  `mutation($id: ID!, $ids: [ID!]!) { ${field}(personId: $id, ids: $ids) { participant { ${list} { id } } } }`;

let api: TestApi;
let coordinator: GraphQLTestClient;

beforeAll(async () => {
  api = await startTestApi();
  coordinator = await api.as('COORDINATOR');
});
afterAll(() => api.stop());

const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

describe('dreams, one by one', () => {
  it('adds, changes, orders and removes dreams; the old dreams text follows the list', async () => {
    const id = await createParticipant(coordinator, 'Dream Person');
    const before = (await coordinator.data(LISTS, { id })).person.participant.dreamList as {
      id: string;
    }[];
    const a = (await coordinator.data(ADD_DREAM, { id, text: 'Eie en kafé' })).addDream;
    const b = (await coordinator.data(ADD_DREAM, { id, text: '  Reise til Lofoten ' })).addDream;
    expect(b.text).toBe('Reise til Lofoten');
    let profile = (await coordinator.data(LISTS, { id })).person.participant;
    expect(ids(profile.dreamList)).toEqual([...ids(before), a.id, b.id]);

    await coordinator.data(
      `mutation($d: ID!) { updateDream(id: $d, input: { text: "Eie en bakeri" }) { id } }`,
      { d: a.id },
    );
    await coordinator.data(reorderOf('reorderDreams', 'dreamList'), {
      id,
      ids: [b.id, a.id, ...ids(before)],
    });
    profile = (await coordinator.data(LISTS, { id })).person.participant;
    expect(profile.dreamList.slice(0, 2)).toEqual([
      { id: b.id, text: 'Reise til Lofoten' },
      { id: a.id, text: 'Eie en bakeri' },
    ]);
    expect(profile.dreams.startsWith('Reise til Lofoten\n\nEie en bakeri')).toBe(true);

    await coordinator.data(`mutation($d: ID!) { deleteDream(id: $d) }`, { d: b.id });
    profile = (await coordinator.data(LISTS, { id })).person.participant;
    expect(ids(profile.dreamList)).toEqual([a.id, ...ids(before)]);
    expect(firstError(await coordinator.request(ADD_DREAM, { id, text: ' ' }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'text',
    });
  });

  it('the older profile input replaces the list with one dream', async () => {
    const id = await createParticipant(coordinator, 'Old Client Person');
    await coordinator.data(ADD_DREAM, { id, text: 'Kjøre buss' });
    await coordinator.data(
      `mutation($id: ID!) { updateParticipantProfile(personId: $id, input: { dreams: "Bli snekker" }) { id } }`,
      { id },
    );
    const { participant } = (await coordinator.data(LISTS, { id })).person;
    expect(participant.dreamList.map((d: { text: string }) => d.text)).toEqual(['Bli snekker']);
  });
});

describe('reordering the journey lists', () => {
  it('keeps the order given for talents, goals and plan steps, and new items go last', async () => {
    const id = await createParticipant(coordinator, 'Order Person');
    const t1 = (
      await coordinator.data(
        `mutation($id: ID!) { addTalent(personId: $id, input: { name: "Åpning" }) { id } }`,
        { id },
      )
    ).addTalent.id;
    const g1 = (
      await coordinator.data(
        `mutation($id: ID!) { addGoal(personId: $id, input: { text: "Først" }) { id } }`,
        { id },
      )
    ).addGoal.id;
    const g2 = (
      await coordinator.data(
        `mutation($id: ID!) { addGoal(personId: $id, input: { text: "Så" }) { id } }`,
        { id },
      )
    ).addGoal.id;
    const s1 = (
      await coordinator.data(
        `mutation($id: ID!) { addPlanStep(personId: $id, input: { text: "A" }) { id } }`,
        { id },
      )
    ).addPlanStep.id;
    const s2 = (
      await coordinator.data(
        `mutation($id: ID!) { addPlanStep(personId: $id, input: { text: "B" }) { id } }`,
        { id },
      )
    ).addPlanStep.id;
    let profile = (await coordinator.data(LISTS, { id })).person.participant;
    expect(ids(profile.talents).at(-1)).toBe(t1);
    expect(ids(profile.goals)).toEqual([g1, g2]);

    const talents = ids(profile.talents).reverse();
    const moved = await coordinator.data(reorderOf('reorderTalents', 'talents'), {
      id,
      ids: talents,
    });
    expect(ids(moved.reorderTalents.participant.talents)).toEqual(talents);
    await coordinator.data(reorderOf('reorderGoals', 'goals'), { id, ids: [g2, g1] });
    await coordinator.data(reorderOf('reorderPlanSteps', 'planSteps'), { id, ids: [s2, s1] });
    profile = (await coordinator.data(LISTS, { id })).person.participant;
    expect(ids(profile.goals)).toEqual([g2, g1]);
    expect(ids(profile.planSteps)).toEqual([s2, s1]);
    const g3 = (
      await coordinator.data(
        `mutation($id: ID!) { addGoal(personId: $id, input: { text: "Til slutt" }) { id } }`,
        { id },
      )
    ).addGoal.id;
    expect(ids((await coordinator.data(LISTS, { id })).person.participant.goals)).toEqual([
      g2,
      g1,
      g3,
    ]);
  });

  it('refuses an order made from a list that has changed, and changes nothing', async () => {
    const id = await createParticipant(coordinator, 'Stale Person');
    const g1 = (
      await coordinator.data(
        `mutation($id: ID!) { addGoal(personId: $id, input: { text: "En" }) { id } }`,
        { id },
      )
    ).addGoal.id;
    const g2 = (
      await coordinator.data(
        `mutation($id: ID!) { addGoal(personId: $id, input: { text: "To" }) { id } }`,
        { id },
      )
    ).addGoal.id;
    const audits = await rowCount(
      api,
      schema.auditEvents,
      eq(schema.auditEvents.entityType, 'GoalOrder'),
    );
    for (const stale of [[g2], [g2, g1, 'gol_none'], [g2, g2]]) {
      const result = await coordinator.request(reorderOf('reorderGoals', 'goals'), {
        id,
        ids: stale,
      });
      expect(firstError(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'ids' });
      expect(result.errors?.[0]?.extensions?.['reason']).toBe('LIST_CHANGED');
    }
    expect(ids((await coordinator.data(LISTS, { id })).person.participant.goals)).toEqual([g1, g2]);
    expect(
      await rowCount(api, schema.auditEvents, eq(schema.auditEvents.entityType, 'GoalOrder')),
    ).toBe(audits);
  });

  it('lets a participant order and add to their own plan, but not anyone else’s', async () => {
    const me = await createParticipant(coordinator, 'Plan Owner');
    const other = await createParticipant(coordinator, 'Plan Stranger');
    const participant = await api.as('PARTICIPANT', { personId: me });
    const s1 = (
      await participant.data(
        `mutation($id: ID!) { addPlanStep(personId: $id, input: { text: "Ringe NAV" }) { id } }`,
        { id: me },
      )
    ).addPlanStep.id;
    const s2 = (
      await participant.data(
        `mutation($id: ID!) { addPlanStep(personId: $id, input: { text: "Søke kurs", dueDate: "2030-01-01" }) { id } }`,
        { id: me },
      )
    ).addPlanStep.id;
    await participant.data(
      `mutation($s: ID!) { updatePlanStep(id: $s, input: { done: true }) { id } }`,
      { s: s1 },
    );
    const moved = await participant.data(reorderOf('reorderPlanSteps', 'planSteps'), {
      id: me,
      ids: [s2, s1],
    });
    expect(ids(moved.reorderPlanSteps.participant.planSteps)).toEqual([s2, s1]);
    const theirs = await participant.request(reorderOf('reorderPlanSteps', 'planSteps'), {
      id: other,
      ids: [],
    });
    expect(firstError(theirs).code).toBe('FORBIDDEN');
    expect(firstError(await participant.request(ADD_DREAM, { id: other, text: 'x' })).code).toBe(
      'FORBIDDEN',
    );
    for (const role of ['EMPLOYER', 'RESEARCHER'] as const) {
      const client = await api.as(role);
      expect(
        firstError(
          await client.request(reorderOf('reorderPlanSteps', 'planSteps'), {
            id: me,
            ids: [s1, s2],
          }),
        ).code,
      ).toBe('FORBIDDEN');
    }
  });
});

describe('status change reasons and hours', () => {
  const RECORD = `mutation($id: ID!, $input: StatusChangeInput!) { recordStatusChange(personId: $id, input: $input) { id } }`;
  const today = () => new Date().toISOString().slice(0, 10);

  it('records the reason from the list; OTHER when an older client sends none', async () => {
    const id = await createParticipant(coordinator, 'Reason Person');
    await coordinator.data(RECORD, {
      id,
      input: {
        status: 'WORK_TRIAL',
        changedOn: today(),
        reason: 'STARTED_WORK_TRIAL',
        note: 'Hos verkstedet',
      },
    });
    await coordinator.data(RECORD, { id, input: { status: 'IN_ACTIVITY', changedOn: today() } });
    const history = (await coordinator.data(LISTS, { id })).person.participant.statusHistory as {
      status: string;
      reason: string | null;
    }[];
    expect(history[0]?.reason).toBe('PROFILE_CREATED');
    expect(history.slice(-2)).toEqual([
      { status: 'WORK_TRIAL', reason: 'STARTED_WORK_TRIAL', note: 'Hos verkstedet' },
      { status: 'IN_ACTIVITY', reason: 'OTHER', note: null },
    ]);
    const systemOnly = await coordinator.request(RECORD, {
      id,
      input: { status: 'EDUCATION', changedOn: today(), reason: 'AGREEMENT_OUTCOME' },
    });
    expect(firstError(systemOnly)).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
  });

  it('refuses a reason that names a start the new status is not, and records nothing', async () => {
    const id = await createParticipant(coordinator, 'Mismatch Person');
    const history = async () => (await coordinator.data(LISTS, { id })).person.participant.statusHistory as unknown[];
    const before = await history();
    for (const [status, reason] of [
      ['EMPLOYED_FULL_TIME', 'STARTED_ACTIVITY'],
      ['WORK_TRIAL', 'HIRED'],
      ['IN_ACTIVITY', 'STARTED_EDUCATION'],
    ]) {
      const refused = await coordinator.request(RECORD, { id, input: { status, changedOn: today(), reason } });
      expect(firstError(refused), `${status} ${reason}`).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ reason: 'REASON_DOES_NOT_FIT_STATUS', params: { status } });
    }
    expect(await history()).toEqual(before);
    // A reason that names no start fits any status.
    await coordinator.data(RECORD, { id, input: { status: 'EMPLOYED_FULL_TIME', changedOn: today(), reason: 'CORRECTION' } });
    expect(await history()).toHaveLength(before.length + 1);
  });

  it('refuses more than 60 hours a week with a reason and the maximum, instead of cutting it', async () => {
    const id = await createParticipant(coordinator, 'Hours Person');
    const UPDATE = `mutation($id: ID!, $h: Int) { updateParticipantProfile(personId: $id, input: { hoursPerWeek: $h }) { id } }`;
    const refused = await coordinator.request(UPDATE, { id, h: 61 });
    expect(firstError(refused)).toEqual({ code: 'BAD_USER_INPUT', field: 'hoursPerWeek' });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      reason: 'TOO_MANY_HOURS',
      params: { max: 60 },
    });
    await coordinator.data(UPDATE, { id, h: 60 });
    expect((await coordinator.data(LISTS, { id })).person.participant.hoursPerWeek).toBe(60);
  });
});
