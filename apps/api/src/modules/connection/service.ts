import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import { newId, schema, type Db } from '@brobygger/db';
import type { ConnectionRow } from '@brobygger/db/schema';
import {
  createConnectionSchema,
  isCrossSector,
  isOnOrAfter,
  updateConnectionSchema,
  type ConnectionKind,
} from '@brobygger/domain';
import type { GraphQLContext } from '../../context';
import { audit } from '../../lib/audit';
import { badInput, notFound } from '../../lib/errors';
import { paginate, type PageArgs } from '../../lib/pagination';
import { validate } from '../../lib/validate';
import { peopleScope } from '../../privacy/people';
import { requireRole } from '../../authorization/acting-viewer';
import { COORDINATOR, COORDINATOR_OR_RESEARCHER } from '../../authorization/permissions';

const t = schema.connections;

export interface ConnectionListFilter {
  personId?: string | null;
  kinds?: readonly ConnectionKind[] | null;
}

/**
 * Ties whose both ends the viewer may see. A researcher meets participants' ties only in the
 * pseudonymised graph, where every person is a pseudonym: here, beside named professionals, a
 * tie would link a participant's pseudonym to a name, so the list holds professionals' ties only.
 */
function scope(ctx: GraphQLContext): SQL | undefined {
  const people =
    ctx.viewer?.role === 'RESEARCHER' ? and(peopleScope(ctx), eq(schema.people.isParticipant, false)) : peopleScope(ctx);
  if (!people) return undefined;
  const visible = ctx.db.select({ id: schema.people.id }).from(schema.people).where(people);
  return and(inArray(t.personAId, visible), inArray(t.personBId, visible));
}

export async function listConnections(
  ctx: GraphQLContext,
  args: PageArgs & { filter?: ConnectionListFilter | null },
) {
  requireRole(ctx, COORDINATOR_OR_RESEARCHER, 'listConnections');
  const f = args.filter ?? {};
  const where = and(
    f.personId ? or(eq(t.personAId, f.personId), eq(t.personBId, f.personId)) : undefined,
    f.kinds?.length ? inArray(t.kind, [...f.kinds]) : undefined,
    scope(ctx),
  );
  return paginate({ db: ctx.db, cursors: ctx.cursors, table: t, id: t.id, sortBy: t.createdAt, direction: 'ASC', where, args });
}

async function assertPerson(tx: Db, id: string, field: string) {
  const [person] = await tx.select({ id: schema.people.id }).from(schema.people).where(eq(schema.people.id, id));
  if (!person) throw notFound('person', id, field);
}

export async function createConnection(ctx: GraphQLContext, input: unknown): Promise<ConnectionRow> {
  requireRole(ctx, COORDINATOR, 'createConnection');
  const values = validate(createConnectionSchema, input);
  const now = ctx.now().toISOString();
  return ctx.handle.transaction(async (tx) => {
    await assertPerson(tx, values.personAId, 'personAId');
    await assertPerson(tx, values.personBId, 'personBId');
    const [duplicate] = await tx
      .select({ id: t.id })
      .from(t)
      .where(
        and(
          eq(t.kind, values.kind),
          or(
            and(eq(t.personAId, values.personAId), eq(t.personBId, values.personBId)),
            and(eq(t.personAId, values.personBId), eq(t.personBId, values.personAId)),
          ),
        ),
      );
    if (duplicate) {
      throw badInput('personBId', `These two people already have a ${values.kind.toLowerCase()} tie; change that one instead.`, {
        reason: 'TIE_EXISTS',
        params: { kind: values.kind },
      });
    }
    const [row] = await tx
      .insert(t)
      .values({ ...values, id: newId('connection'), createdAt: now, updatedAt: now })
      .returning();
    await audit(tx, ctx, { action: 'create', entityType: 'Connection', entityId: row!.id });
    return row!;
  });
}

export async function updateConnection(ctx: GraphQLContext, id: string, input: unknown): Promise<ConnectionRow> {
  requireRole(ctx, COORDINATOR, 'updateConnection');
  // The two ends of a tie do not change: a tie between other people is a new connection.
  const { personAId: _a, personBId: _b, ...values } = validate(updateConnectionSchema, input);
  return ctx.handle.transaction(async (tx) => {
    const [existing] = await tx.select().from(t).where(eq(t.id, id));
    if (!existing) throw notFound('connection', id);
    const since = values.since === undefined ? existing.since : values.since;
    const until = values.until === undefined ? existing.until : values.until;
    if (since && until && !isOnOrAfter(until, since)) {
      throw badInput(values.until !== undefined ? 'until' : 'since', `The end date must be on or after the start date (${since}).`, {
        reason: 'END_BEFORE_START',
        params: { start: since },
      });
    }
    const [row] = await tx
      .update(t)
      .set({ ...values, updatedAt: ctx.now().toISOString() })
      .where(eq(t.id, id))
      .returning();
    await audit(tx, ctx, { action: 'update', entityType: 'Connection', entityId: id, detail: { fields: Object.keys(values) } });
    return row!;
  });
}

export async function deleteConnection(ctx: GraphQLContext, id: string): Promise<string> {
  requireRole(ctx, COORDINATOR, 'deleteConnection');
  return ctx.handle.transaction(async (tx) => {
    const [existing] = await tx.select({ id: t.id }).from(t).where(eq(t.id, id));
    if (!existing) throw notFound('connection', id);
    await tx.delete(t).where(eq(t.id, id));
    await audit(tx, ctx, { action: 'delete', entityType: 'Connection', entityId: id });
    return id;
  });
}

/** True when the two people are in different sectors. */
export async function connectionCrossSector(ctx: GraphQLContext, connection: ConnectionRow): Promise<boolean> {
  const [a, b] = await Promise.all([
    ctx.loaders.person.load(connection.personAId),
    ctx.loaders.person.load(connection.personBId),
  ]);
  return a !== null && b !== null && isCrossSector(a.sector, b.sector);
}

/** One end of a tie; NOT_FOUND only if the row vanished mid-request. */
export async function connectionEnd(ctx: GraphQLContext, personId: string) {
  const person = await ctx.loaders.person.load(personId);
  if (!person) throw notFound('person', personId);
  return person;
}
