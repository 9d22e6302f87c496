import { and, eq, max, ne, sql } from 'drizzle-orm';
import type { GraphQLError } from 'graphql';
import { newId, schema, type Db } from '@brobygger/db';
import type { GoalRow, PersonRow, PlanStepRow, TalentRow } from '@brobygger/db/schema';
import {
  createGoalSchema,
  createPlanStepSchema,
  createStatusChangeSchema,
  createTalentSchema,
  updateConsentSchema,
  updateGoalSchema,
  updateParticipantProfileSchema,
  updatePlanStepSchema,
  updateTalentSchema,
} from '@brobygger/domain';
import type { GraphQLContext } from '../../context';
import { audit } from '../../lib/audit';
import { badInput, forbidden, notFound } from '../../lib/errors';
import { validate } from '../../lib/validate';
import { requireProfile, today, writeProfile } from './profile-writes';
import { requireRole } from '../../authorization/acting-viewer';
import { COORDINATOR, COORDINATOR_OR_PARTICIPANT } from '../../authorization/permissions';
import { assertOwn, forget, nextPosition, onBehalf, requireOwned, requirePerson } from './journey-access';

/**
 * Profile fields that are coordinator work: a participant edits their own talents, dreams,
 * goals, plans, municipality, hours and consent, but their status (with its history), benefit,
 * public partner and coordinator are recorded by the coordinator who follows them.
 */
export const COORDINATOR_ONLY_PROFILE_FIELDS = ['status', 'benefit', 'publicPartnerId', 'coordinatorId'] as const;

function coordinatorOnly(field: string): GraphQLError {
  return forbidden('COORDINATOR_RECORDS', `Your coordinator records ${field}; ask them to change it.`, { field, params: { field } });
}

async function personAfter(tx: Db, ctx: GraphQLContext, personId: string): Promise<PersonRow> {
  forget(ctx, personId);
  const [person] = await tx.select().from(schema.people).where(eq(schema.people.id, personId));
  return person!;
}

export async function updateParticipantProfile(ctx: GraphQLContext, personId: string, input: unknown) {
  requireRole(ctx, COORDINATOR_OR_PARTICIPANT, 'updateParticipantProfile');
  assertOwn(ctx, personId);
  const values = validate(updateParticipantProfileSchema, input);
  if (ctx.viewer?.role === 'PARTICIPANT') {
    for (const field of COORDINATOR_ONLY_PROFILE_FIELDS) {
      if (values[field] !== undefined) throw coordinatorOnly(field);
    }
  }
  return ctx.handle.transaction(async (tx) => {
    const person = await requirePerson(tx, ctx, personId);
    if (!person.isParticipant && person.sector !== 'CIVIL') {
      throw badInput('personId', 'Participants belong to the CIVIL sector; change the person’s sector first.', { reason: 'PARTICIPANT_SECTOR' });
    }
    await writeProfile(tx, ctx, personId, values);
    await audit(tx, ctx, {
      action: person.isParticipant ? 'update' : 'create',
      entityType: 'ParticipantProfile',
      entityId: personId,
      onBehalf: onBehalf(ctx),
      detail: { personId, fields: Object.keys(values) },
    });
    return personAfter(tx, ctx, personId);
  });
}

/** Adds to the history; the status becomes current when no later change is recorded. */
export async function recordStatusChange(ctx: GraphQLContext, personId: string, input: unknown) {
  requireRole(ctx, COORDINATOR, 'recordStatusChange');
  const values = validate(createStatusChangeSchema, input);
  if (values.changedOn > today(ctx)) throw badInput('changedOn', 'A status change cannot be dated in the future.', { reason: 'DATE_IN_FUTURE' });
  return ctx.handle.transaction(async (tx) => {
    await requirePerson(tx, ctx, personId);
    await requireProfile(tx, personId);
    const h = schema.participantStatusChanges;
    const [latest] = await tx.select({ on: max(h.changedOn) }).from(h).where(eq(h.personId, personId));
    const id = newId('statusChange');
    await tx.insert(h).values({
      id,
      personId,
      status: values.status,
      changedOn: values.changedOn,
      note: values.note ?? null,
      reason: values.reason ?? 'OTHER',
      createdAt: ctx.now().toISOString(),
    });
    if (!latest?.on || values.changedOn >= latest.on) {
      await tx
        .update(schema.participantProfiles)
        .set({ status: values.status, updatedAt: ctx.now().toISOString() })
        .where(eq(schema.participantProfiles.personId, personId));
    }
    await audit(tx, ctx, {
      action: 'create',
      entityType: 'StatusChange',
      entityId: id,
      onBehalf: onBehalf(ctx),
      detail: { personId, status: values.status, reason: values.reason ?? 'OTHER' },
    });
    return personAfter(tx, ctx, personId);
  });
}

/** Consent counts from the next request on: every read checks the stored value. */
export async function updateConsent(ctx: GraphQLContext, personId: string, input: unknown) {
  requireRole(ctx, COORDINATOR_OR_PARTICIPANT, 'updateConsent');
  assertOwn(ctx, personId);
  const values = validate(updateConsentSchema, input);
  return ctx.handle.transaction(async (tx) => {
    await requirePerson(tx, ctx, personId);
    await requireProfile(tx, personId);
    await writeProfile(tx, ctx, personId, values);
    await audit(tx, ctx, {
      action: 'update',
      entityType: 'Consent',
      entityId: personId,
      onBehalf: onBehalf(ctx),
      detail: { personId, ...values },
    });
    return personAfter(tx, ctx, personId);
  });
}

// Talents ---------------------------------------------------------------------------------

async function assertTalentNameFree(tx: Db, personId: string, name: string, exceptId?: string) {
  const t = schema.talents;
  const [clash] = await tx
    .select({ id: t.id })
    .from(t)
    .where(
      and(eq(t.personId, personId), sql`lower(${t.name}) = lower(${name})`, exceptId ? ne(t.id, exceptId) : undefined),
    );
  if (clash) throw badInput('name', `The profile already lists the talent "${name}".`, { reason: 'TALENT_LISTED', params: { name } });
}

export async function addTalent(ctx: GraphQLContext, personId: string, input: unknown): Promise<TalentRow> {
  requireRole(ctx, COORDINATOR_OR_PARTICIPANT, 'addTalent');
  assertOwn(ctx, personId);
  const values = validate(createTalentSchema, input);
  return ctx.handle.transaction(async (tx) => {
    await requirePerson(tx, ctx, personId);
    await requireProfile(tx, personId);
    await assertTalentNameFree(tx, personId, values.name);
    const position = await nextPosition(tx, schema.talents, personId);
    const [row] = await tx
      .insert(schema.talents)
      .values({ id: newId('talent'), personId, name: values.name, level: values.level ?? 'SKILLED', position })
      .returning();
    await audit(tx, ctx, { action: 'create', entityType: 'Talent', entityId: row!.id, onBehalf: onBehalf(ctx), detail: { personId } });
    forget(ctx, personId);
    return row!;
  });
}

const loadTalent = (id: string) => async (tx: Db) =>
  (await tx.select().from(schema.talents).where(eq(schema.talents.id, id)))[0];

export async function updateTalent(ctx: GraphQLContext, id: string, input: unknown): Promise<TalentRow> {
  requireRole(ctx, COORDINATOR_OR_PARTICIPANT, 'updateTalent');
  const values = validate(updateTalentSchema, input);
  return ctx.handle.transaction(async (tx) => {
    const talent = await requireOwned(tx, ctx, 'talent', id, loadTalent(id));
    if (values.name) await assertTalentNameFree(tx, talent.personId, values.name, id);
    const [row] = await tx.update(schema.talents).set(values).where(eq(schema.talents.id, id)).returning();
    await audit(tx, ctx, { action: 'update', entityType: 'Talent', entityId: id, onBehalf: onBehalf(ctx), detail: { personId: talent.personId } });
    forget(ctx, talent.personId);
    return row!;
  });
}

export async function deleteTalent(ctx: GraphQLContext, id: string): Promise<string> {
  requireRole(ctx, COORDINATOR_OR_PARTICIPANT, 'deleteTalent');
  return ctx.handle.transaction(async (tx) => {
    const talent = await requireOwned(tx, ctx, 'talent', id, loadTalent(id));
    await tx.delete(schema.talents).where(eq(schema.talents.id, id));
    await audit(tx, ctx, { action: 'delete', entityType: 'Talent', entityId: id, onBehalf: onBehalf(ctx), detail: { personId: talent.personId } });
    forget(ctx, talent.personId);
    return id;
  });
}

// Goals -----------------------------------------------------------------------------------

const loadGoal = (id: string) => async (tx: Db) =>
  (await tx.select().from(schema.goals).where(eq(schema.goals.id, id)))[0];

export async function addGoal(ctx: GraphQLContext, personId: string, input: unknown): Promise<GoalRow> {
  requireRole(ctx, COORDINATOR_OR_PARTICIPANT, 'addGoal');
  assertOwn(ctx, personId);
  const values = validate(createGoalSchema, input);
  const now = ctx.now().toISOString();
  return ctx.handle.transaction(async (tx) => {
    await requirePerson(tx, ctx, personId);
    await requireProfile(tx, personId);
    const position = await nextPosition(tx, schema.goals, personId);
    const [row] = await tx
      .insert(schema.goals)
      .values({ ...values, id: newId('goal'), personId, position, createdAt: now, updatedAt: now })
      .returning();
    await audit(tx, ctx, { action: 'create', entityType: 'Goal', entityId: row!.id, onBehalf: onBehalf(ctx), detail: { personId } });
    forget(ctx, personId);
    return row!;
  });
}

export async function updateGoal(ctx: GraphQLContext, id: string, input: unknown): Promise<GoalRow> {
  requireRole(ctx, COORDINATOR_OR_PARTICIPANT, 'updateGoal');
  const values = validate(updateGoalSchema, input);
  return ctx.handle.transaction(async (tx) => {
    const goal = await requireOwned(tx, ctx, 'goal', id, loadGoal(id));
    const [row] = await tx
      .update(schema.goals)
      .set({ ...values, updatedAt: ctx.now().toISOString() })
      .where(eq(schema.goals.id, id))
      .returning();
    await audit(tx, ctx, { action: 'update', entityType: 'Goal', entityId: id, onBehalf: onBehalf(ctx), detail: { personId: goal.personId } });
    forget(ctx, goal.personId);
    ctx.loaders.goal.clear(id);
    return row!;
  });
}

export async function deleteGoal(ctx: GraphQLContext, id: string): Promise<string> {
  requireRole(ctx, COORDINATOR_OR_PARTICIPANT, 'deleteGoal');
  return ctx.handle.transaction(async (tx) => {
    const goal = await requireOwned(tx, ctx, 'goal', id, loadGoal(id));
    // Plan steps keep their place in the plan without the goal (FK sets it null).
    await tx.delete(schema.goals).where(eq(schema.goals.id, id));
    await audit(tx, ctx, { action: 'delete', entityType: 'Goal', entityId: id, onBehalf: onBehalf(ctx), detail: { personId: goal.personId } });
    forget(ctx, goal.personId);
    ctx.loaders.goal.clear(id);
    return id;
  });
}

// Plan steps ------------------------------------------------------------------------------

const loadStep = (id: string) => async (tx: Db) =>
  (await tx.select().from(schema.planSteps).where(eq(schema.planSteps.id, id)))[0];

async function assertGoalOf(tx: Db, personId: string, goalId: string | null | undefined) {
  if (!goalId) return;
  const goal = await loadGoal(goalId)(tx);
  // Another participant's goal is reported as unknown, so ids of others' goals reveal nothing.
  if (!goal || goal.personId !== personId) throw notFound('goal', goalId, 'goalId');
}

export async function addPlanStep(ctx: GraphQLContext, personId: string, input: unknown): Promise<PlanStepRow> {
  requireRole(ctx, COORDINATOR_OR_PARTICIPANT, 'addPlanStep');
  assertOwn(ctx, personId);
  const values = validate(createPlanStepSchema, input);
  const now = ctx.now().toISOString();
  return ctx.handle.transaction(async (tx) => {
    await requirePerson(tx, ctx, personId);
    await requireProfile(tx, personId);
    await assertGoalOf(tx, personId, values.goalId);
    const position = await nextPosition(tx, schema.planSteps, personId);
    const [row] = await tx
      .insert(schema.planSteps)
      .values({
        ...values,
        id: newId('planStep'),
        personId,
        doneAt: values.done ? now : null,
        position,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await audit(tx, ctx, { action: 'create', entityType: 'PlanStep', entityId: row!.id, onBehalf: onBehalf(ctx), detail: { personId } });
    forget(ctx, personId);
    return row!;
  });
}

export async function updatePlanStep(ctx: GraphQLContext, id: string, input: unknown): Promise<PlanStepRow> {
  requireRole(ctx, COORDINATOR_OR_PARTICIPANT, 'updatePlanStep');
  const values = validate(updatePlanStepSchema, input);
  const now = ctx.now().toISOString();
  return ctx.handle.transaction(async (tx) => {
    const step = await requireOwned(tx, ctx, 'plan step', id, loadStep(id));
    await assertGoalOf(tx, step.personId, values.goalId);
    const doneAt = values.done === undefined ? {} : { doneAt: values.done ? (step.doneAt ?? now) : null };
    const [row] = await tx
      .update(schema.planSteps)
      .set({ ...values, ...doneAt, updatedAt: now })
      .where(eq(schema.planSteps.id, id))
      .returning();
    await audit(tx, ctx, { action: 'update', entityType: 'PlanStep', entityId: id, onBehalf: onBehalf(ctx), detail: { personId: step.personId } });
    forget(ctx, step.personId);
    return row!;
  });
}

export async function deletePlanStep(ctx: GraphQLContext, id: string): Promise<string> {
  requireRole(ctx, COORDINATOR_OR_PARTICIPANT, 'deletePlanStep');
  return ctx.handle.transaction(async (tx) => {
    const step = await requireOwned(tx, ctx, 'plan step', id, loadStep(id));
    await tx.delete(schema.planSteps).where(eq(schema.planSteps.id, id));
    await audit(tx, ctx, { action: 'delete', entityType: 'PlanStep', entityId: id, onBehalf: onBehalf(ctx), detail: { personId: step.personId } });
    forget(ctx, step.personId);
    return id;
  });
}
