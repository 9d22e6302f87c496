import { eq, max } from 'drizzle-orm';
import { schema, type Db } from '@brobygger/db';
import type { PersonRow } from '@brobygger/db/schema';
import type { GraphQLContext } from '../../context';
import { badInput, forbidden, notFound, type NotFoundEntity } from '../../lib/errors';

/**
 * The checks and bookkeeping every write to a participant's journey shares: whose it is,
 * who acts, and which of this request's loaders must forget what they hold.
 */

/** A participant may touch only their own person; the check comes first so nothing else leaks. */
export function assertOwn(ctx: GraphQLContext, personId: string): void {
  if (ctx.viewer?.role === 'PARTICIPANT' && ctx.viewer.personId !== personId) {
    throw forbidden('OWN_PROFILE_ONLY', 'You may change only your own profile.');
  }
}

export async function requirePerson(
  tx: Db,
  ctx: GraphQLContext,
  personId: string,
): Promise<PersonRow> {
  assertOwn(ctx, personId);
  const [person] = await tx.select().from(schema.people).where(eq(schema.people.id, personId));
  if (!person) throw notFound('person', personId, 'personId');
  if (person.erasedAt) throw badInput('personId', 'This person erased their data.', { reason: 'ERASED' });
  return person;
}

/** True when a coordinator changes a participant's data for them. */
export const onBehalf = (ctx: GraphQLContext) => ctx.viewer?.role !== 'PARTICIPANT';

/** Loaders of this request may hold the profile as it was before the change. */
export function forget(ctx: GraphQLContext, personId: string): void {
  ctx.loaders.person.clear(personId);
  ctx.loaders.profile.clear(personId);
  ctx.loaders.talentsOfPerson.clear(personId);
  ctx.loaders.dreamsOfPerson.clear(personId);
  ctx.loaders.goalsOfPerson.clear(personId);
  ctx.loaders.planStepsOfPerson.clear(personId);
  ctx.loaders.statusChangesOfPerson.clear(personId);
  ctx.loaders.wishedIndustriesOfPerson.clear(personId);
}

/**
 * A row of someone's journey by id. Another participant's row answers as an unknown id would:
 * a different answer would tell the participant that the id exists.
 */
export async function requireOwned<R extends { personId: string }>(
  tx: Db,
  ctx: GraphQLContext,
  entity: NotFoundEntity,
  id: string,
  load: (tx: Db) => Promise<R | undefined>,
): Promise<R> {
  const row = await load(tx);
  const othersRow = row && ctx.viewer?.role === 'PARTICIPANT' && ctx.viewer.personId !== row.personId;
  if (!row || othersRow) throw notFound(entity, id);
  return row;
}

/** The journey's ordered lists: each row has a person and a place in that person's order. */
export type OrderedTable =
  typeof schema.talents | typeof schema.dreams | typeof schema.goals | typeof schema.planSteps;

/** The place after the last item of the person's list: a new item goes to the end. */
export async function nextPosition(tx: Db, table: OrderedTable, personId: string): Promise<number> {
  const [last] = await tx
    .select({ position: max(table.position) })
    .from(table)
    .where(eq(table.personId, personId));
  return (last?.position ?? -1) + 1;
}
