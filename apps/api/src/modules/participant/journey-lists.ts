import { eq } from 'drizzle-orm';
import { newId, schema, type Db } from '@brobygger/db';
import type { DreamRow, PersonRow } from '@brobygger/db/schema';
import { createDreamSchema, reorderSchema, updateDreamSchema } from '@brobygger/domain';
import type { GraphQLContext } from '../../context';
import { audit } from '../../lib/audit';
import { badInput } from '../../lib/errors';
import { validate } from '../../lib/validate';
import { requireRole } from '../../authorization/acting-viewer';
import { COORDINATOR_OR_PARTICIPANT } from '../../authorization/permissions';
import { requireProfile } from './profile-writes';
import {
  assertOwn,
  forget,
  nextPosition,
  onBehalf,
  requireOwned,
  requirePerson,
  type OrderedTable,
} from './journey-access';

// Dreams ----------------------------------------------------------------------------------

const loadDream = (id: string) => async (tx: Db) =>
  (await tx.select().from(schema.dreams).where(eq(schema.dreams.id, id)))[0];

export async function addDream(
  ctx: GraphQLContext,
  personId: string,
  input: unknown,
): Promise<DreamRow> {
  requireRole(ctx, COORDINATOR_OR_PARTICIPANT, 'addDream');
  assertOwn(ctx, personId);
  const values = validate(createDreamSchema, input);
  const now = ctx.now().toISOString();
  return ctx.handle.transaction(async (tx) => {
    await requirePerson(tx, ctx, personId);
    await requireProfile(tx, personId);
    const position = await nextPosition(tx, schema.dreams, personId);
    const [row] = await tx
      .insert(schema.dreams)
      .values({
        id: newId('dream'),
        personId,
        text: values.text,
        position,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await audit(tx, ctx, {
      action: 'create',
      entityType: 'Dream',
      entityId: row!.id,
      onBehalf: onBehalf(ctx),
      detail: { personId },
    });
    forget(ctx, personId);
    return row!;
  });
}

export async function updateDream(
  ctx: GraphQLContext,
  id: string,
  input: unknown,
): Promise<DreamRow> {
  requireRole(ctx, COORDINATOR_OR_PARTICIPANT, 'updateDream');
  const values = validate(updateDreamSchema, input);
  return ctx.handle.transaction(async (tx) => {
    const dream = await requireOwned(tx, ctx, 'dream', id, loadDream(id));
    const [row] = await tx
      .update(schema.dreams)
      .set({ ...values, updatedAt: ctx.now().toISOString() })
      .where(eq(schema.dreams.id, id))
      .returning();
    await audit(tx, ctx, {
      action: 'update',
      entityType: 'Dream',
      entityId: id,
      onBehalf: onBehalf(ctx),
      detail: { personId: dream.personId },
    });
    forget(ctx, dream.personId);
    return row!;
  });
}

export async function deleteDream(ctx: GraphQLContext, id: string): Promise<string> {
  requireRole(ctx, COORDINATOR_OR_PARTICIPANT, 'deleteDream');
  return ctx.handle.transaction(async (tx) => {
    const dream = await requireOwned(tx, ctx, 'dream', id, loadDream(id));
    await tx.delete(schema.dreams).where(eq(schema.dreams.id, id));
    await audit(tx, ctx, {
      action: 'delete',
      entityType: 'Dream',
      entityId: id,
      onBehalf: onBehalf(ctx),
      detail: { personId: dream.personId },
    });
    forget(ctx, dream.personId);
    return id;
  });
}

// Order -----------------------------------------------------------------------------------

/** What each reorder names in its audit event and its error messages. */
const ORDERED = {
  reorderTalents: { table: schema.talents, entityType: 'TalentOrder', items: 'talents' },
  reorderDreams: { table: schema.dreams, entityType: 'DreamOrder', items: 'dreams' },
  reorderGoals: { table: schema.goals, entityType: 'GoalOrder', items: 'goals' },
  reorderPlanSteps: { table: schema.planSteps, entityType: 'PlanStepOrder', items: 'plan steps' },
} as const satisfies Record<string, { table: OrderedTable; entityType: string; items: string }>;

export type ReorderField = keyof typeof ORDERED;

/**
 * Puts one of the participant's lists in the order given. The ids must be exactly the list's
 * items, each once: an order made from a list that has changed since (an item added or removed
 * by someone else) is refused as LIST_CHANGED rather than guessed at. Returns the person, whose
 * profile then lists the items in their new order.
 */
export async function reorder(
  ctx: GraphQLContext,
  field: ReorderField,
  personId: string,
  ids: unknown,
): Promise<PersonRow> {
  requireRole(ctx, COORDINATOR_OR_PARTICIPANT, field);
  assertOwn(ctx, personId);
  const values = validate(reorderSchema, { ids });
  const { table, entityType, items } = ORDERED[field];
  return ctx.handle.transaction(async (tx) => {
    const person = await requirePerson(tx, ctx, personId);
    await requireProfile(tx, personId);
    const current = await tx
      .select({ id: table.id, position: table.position })
      .from(table)
      .where(eq(table.personId, personId));
    const known = new Set(current.map((row) => row.id));
    if (values.ids.length !== known.size || values.ids.some((id) => !known.has(id))) {
      throw badInput(
        'ids',
        `The ${items} have changed since this order was made; load them again.`,
        { reason: 'LIST_CHANGED' },
      );
    }
    const positionOf = new Map(current.map((row) => [row.id, row.position]));
    for (const [position, id] of values.ids.entries()) {
      if (positionOf.get(id) !== position)
        await tx.update(table).set({ position }).where(eq(table.id, id));
    }
    await audit(tx, ctx, {
      action: 'update',
      entityType,
      entityId: personId,
      onBehalf: onBehalf(ctx),
      detail: { personId },
    });
    forget(ctx, personId);
    return person;
  });
}
