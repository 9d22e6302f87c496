import { and, eq, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { schema, type Db, type DbColumn, type DbTable } from '@brobygger/db';
import type { GraphQLContext } from '../../context';
import type { DeletionImpact, DependentCount, DependentKind } from '../../generated/resolvers';
import { audit } from '../../lib/audit';
import { badInput, notFound, type NotFoundEntity } from '../../lib/errors';
import { requireRole } from '../../authorization/acting-viewer';
import { COORDINATOR } from '../../authorization/permissions';

/** The records a coordinator may archive: hidden from lists, search, pickers and the graph until restored. */
export type ArchivableKind = 'Organization' | 'Person' | 'Network' | 'Opportunity';

/**
 * The list condition on `archived_at`: records in use, or the archived ones when a coordinator
 * asks for them (`archived: true`). Archived records are hidden from everyone else's lists, so
 * for them `archived: true` lists nothing.
 */
function archivedCondition(
  ctx: Pick<GraphQLContext, 'viewer'>,
  column: DbColumn,
  archived: boolean | null | undefined,
): SQL {
  if (!archived) return isNull(column);
  return ctx.viewer?.role === 'COORDINATOR' ? isNotNull(column) : sql`false`;
}

/**
 * A list's rows by archive state (`archivedCondition`) and its other conditions, for `paginate`.
 * With no other condition the records in use are all of the table but the archived, and the
 * list is counted that way (`allBut`): the archived are few.
 */
export function archiveScope(
  ctx: Pick<GraphQLContext, 'viewer'>,
  column: DbColumn,
  archived: boolean | null | undefined,
  conditions: SQL | undefined,
): { where: SQL | undefined; allBut?: SQL } {
  const where = and(conditions, archivedCondition(ctx, column, archived));
  return conditions === undefined && !archived ? { where, allBut: isNotNull(column) } : { where };
}

/** Whether the viewer may open a record by id: an archived one only a coordinator may. */
export function mayOpen(
  ctx: Pick<GraphQLContext, 'viewer'>,
  row: { archivedAt: string | null },
): boolean {
  return row.archivedAt === null || ctx.viewer?.role === 'COORDINATOR';
}

interface Dependent {
  kind: DependentKind;
  /** A scalar subquery counting the rows of this kind that refer to the record. */
  count: (id: string) => SQL<number>;
}

const ap = schema.agreementParties;
const profiles = schema.participantProfiles;
const members = schema.networkMembers;

const rows = (table: DbTable, where: SQL) =>
  sql<number>`(SELECT count(*) FROM ${table} WHERE ${where})`;
const agreementsOf = (party: DbColumn, id: string) =>
  sql<number>`(SELECT count(DISTINCT ${ap.agreementId}) FROM ${ap} WHERE ${party} = ${id})`;

/**
 * What refers to each kind of record (`blockers`: the record stays while any do) and what is
 * part of it (`cascades`: deleted with it by the foreign keys). Archiving is the answer to a
 * blocker: agreements, accounts and introductions are history that must stay whole.
 */
const DEPENDENTS: Record<ArchivableKind, { blockers: Dependent[]; cascades: Dependent[] }> = {
  Organization: {
    blockers: [
      { kind: 'PEOPLE', count: (id) => rows(schema.people, eq(schema.people.organizationId, id)) },
      { kind: 'AGREEMENTS', count: (id) => agreementsOf(ap.organizationId, id) },
      {
        kind: 'OPENINGS',
        count: (id) => rows(schema.opportunities, eq(schema.opportunities.organizationId, id)),
      },
      { kind: 'ACCOUNTS', count: (id) => rows(schema.users, eq(schema.users.organizationId, id)) },
      {
        kind: 'INTRODUCTIONS',
        count: (id) => rows(schema.introductions, eq(schema.introductions.organizationId, id)),
      },
      {
        kind: 'PARTNERED_PARTICIPANTS',
        count: (id) => rows(profiles, eq(profiles.publicPartnerId, id)),
      },
    ],
    cascades: [
      { kind: 'MEMBERSHIPS', count: (id) => rows(members, eq(members.organizationId, id)) },
    ],
  },
  Person: {
    blockers: [
      { kind: 'AGREEMENTS', count: (id) => agreementsOf(ap.personId, id) },
      { kind: 'ACCOUNTS', count: (id) => rows(schema.users, eq(schema.users.personId, id)) },
      {
        kind: 'FOLLOWED_PARTICIPANTS',
        count: (id) => rows(profiles, eq(profiles.coordinatorId, id)),
      },
    ],
    cascades: [
      {
        kind: 'CONNECTIONS',
        count: (id) =>
          rows(
            schema.connections,
            or(eq(schema.connections.personAId, id), eq(schema.connections.personBId, id))!,
          ),
      },
      { kind: 'MEMBERSHIPS', count: (id) => rows(members, eq(members.personId, id)) },
    ],
  },
  Network: {
    blockers: [
      {
        kind: 'AGREEMENTS',
        count: (id) => rows(schema.agreements, eq(schema.agreements.networkId, id)),
      },
    ],
    cascades: [{ kind: 'MEMBERSHIPS', count: (id) => rows(members, eq(members.networkId, id)) }],
  },
  Opportunity: {
    blockers: [
      {
        kind: 'SHORTLIST_ENTRIES',
        count: (id) => rows(schema.shortlistEntries, eq(schema.shortlistEntries.opportunityId, id)),
      },
      {
        kind: 'INTRODUCTIONS',
        count: (id) => rows(schema.introductions, eq(schema.introductions.opportunityId, id)),
      },
      {
        kind: 'AGREEMENTS',
        count: (id) => rows(schema.agreements, eq(schema.agreements.opportunityId, id)),
      },
    ],
    cascades: [
      {
        kind: 'WANTED_TALENTS',
        count: (id) =>
          rows(schema.opportunityTalents, eq(schema.opportunityTalents.opportunityId, id)),
      },
    ],
  },
};

/** The API's English words, for the `message` of a refusal (the web words `params` itself). */
const NOUNS: Record<ArchivableKind, string> = {
  Organization: 'organisation',
  Person: 'person',
  Network: 'network',
  Opportunity: 'opening',
};
const DEPENDENT_WORDS: Record<DependentKind, string> = {
  AGREEMENTS: 'agreement(s)',
  PEOPLE: 'affiliated people',
  OPENINGS: 'opening(s)',
  ACCOUNTS: 'account(s)',
  INTRODUCTIONS: 'introduction(s)',
  SHORTLIST_ENTRIES: 'shortlist entries',
  FOLLOWED_PARTICIPANTS: 'followed participant(s)',
  PARTNERED_PARTICIPANTS: 'participant(s) with it as public partner',
  CONNECTIONS: 'connection(s)',
  MEMBERSHIPS: 'membership(s)',
  WANTED_TALENTS: 'wanted talent(s)',
};

/** `SHORTLIST_ENTRIES` → `shortlistEntries`: the key of a count in an IN_USE refusal's `params`. */
export function paramKey(kind: DependentKind): string {
  return kind.toLowerCase().replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

async function counted(
  db: Db,
  dependents: readonly Dependent[],
  id: string,
): Promise<DependentCount[]> {
  if (!dependents.length) return [];
  const columns = Object.fromEntries(dependents.map((d) => [d.kind, d.count(id)]));
  const [row] = await db.select(columns).from(sql`(SELECT 1) AS one`);
  return dependents
    .map((d) => ({
      kind: d.kind,
      count: Number((row as Record<string, unknown> | undefined)?.[d.kind] ?? 0),
    }))
    .filter((d) => d.count > 0);
}

/**
 * What deleting the record would do, and whether it may (DeletionImpact in the SDL). A
 * participant is never deleted by others: erasure is the participant's own act.
 */
export async function deletionImpact(
  db: Db,
  kind: ArchivableKind,
  row: { id: string; isParticipant?: boolean },
): Promise<DeletionImpact> {
  const [blockers, cascades] = await Promise.all([
    counted(db, DEPENDENTS[kind].blockers, row.id),
    counted(db, DEPENDENTS[kind].cascades, row.id),
  ]);
  const reason = row.isParticipant ? 'PARTICIPANT' : blockers.length ? 'IN_USE' : null;
  return { deletable: reason === null, reason, blockers, cascades };
}

/**
 * Deletes the record when nothing refers to it, in the caller's transaction, and writes the
 * audit event with what went with it. Refusals are BAD_USER_INPUT on `id`: reason `IN_USE`
 * with a count per blocker in `params` (`{ agreements: 3, people: 2 }`, keys from
 * `paramKey`), or reason `PARTICIPANT`.
 */
export async function deleteIfUnused(
  tx: Db,
  ctx: GraphQLContext,
  kind: ArchivableKind,
  row: { id: string; isParticipant?: boolean },
  remove: () => Promise<unknown>,
): Promise<string> {
  const impact = await deletionImpact(tx, kind, row);
  if (impact.reason === 'PARTICIPANT') {
    throw badInput(
      'id',
      'A participant’s data is erased by the participant, not deleted by others; archive them instead.',
      {
        reason: 'PARTICIPANT',
      },
    );
  }
  if (impact.reason === 'IN_USE') {
    const params = Object.fromEntries(impact.blockers.map((b) => [paramKey(b.kind), b.count]));
    const what = impact.blockers.map((b) => `${b.count} ${DEPENDENT_WORDS[b.kind]}`).join(', ');
    throw badInput(
      'id',
      `This ${NOUNS[kind]} cannot be deleted while ${what} refer to it; archive it instead.`,
      { reason: 'IN_USE', params },
    );
  }
  await remove();
  const detail = impact.cascades.length
    ? { deletedWith: Object.fromEntries(impact.cascades.map((c) => [paramKey(c.kind), c.count])) }
    : undefined;
  await audit(tx, ctx, { action: 'delete', entityType: kind, entityId: row.id, detail });
  return row.id;
}

/** Each kind's table, its noun in a NOT_FOUND, and its per-request loader (cleared on a write). */
const RECORDS = {
  Organization: { table: schema.organizations, noun: 'organisation', loader: 'organization' },
  Person: { table: schema.people, noun: 'person', loader: 'person' },
  Network: { table: schema.networks, noun: 'network', loader: 'network' },
  Opportunity: { table: schema.opportunities, noun: 'opening', loader: 'opportunity' },
} as const satisfies Record<
  ArchivableKind,
  { table: DbTable; noun: NotFoundEntity; loader: keyof GraphQLContext['loaders'] }
>;

type RowOf<K extends ArchivableKind> = (typeof RECORDS)[K]['table']['$inferSelect'];

/** The kind's table, typed as one of them: every archivable table has `id`, `archivedAt` and `updatedAt`. */
function tableOf(kind: ArchivableKind) {
  return RECORDS[kind].table as typeof schema.networks;
}

/**
 * Archives (`archive: true`) or restores a record: coordinators only, in one transaction,
 * audited. Asking for the state the record is already in changes nothing and writes no event.
 */
export async function setArchived<K extends ArchivableKind>(
  ctx: GraphQLContext,
  kind: K,
  id: string,
  archive: boolean,
): Promise<RowOf<K>> {
  const action = archive ? 'archive' : 'restore';
  requireRole(ctx, COORDINATOR, `${action}${kind}`);
  const table = tableOf(kind);
  return ctx.handle.transaction(async (tx) => {
    const [existing] = await tx.select().from(table).where(eq(table.id, id));
    if (!existing) throw notFound(RECORDS[kind].noun, id);
    // An erased participant's row stays only to keep agreements and statistics whole.
    if ((existing as { erasedAt?: string | null }).erasedAt) {
      throw badInput('id', 'This person erased their data; the record cannot be changed.', {
        reason: 'ERASED',
      });
    }
    if ((existing.archivedAt !== null) === archive) return existing;
    const now = ctx.now().toISOString();
    ctx.loaders[RECORDS[kind].loader].clear(id);
    const [row] = await tx
      .update(table)
      .set({ archivedAt: archive ? now : null, updatedAt: now })
      .where(eq(table.id, id))
      .returning();
    await audit(tx, ctx, { action, entityType: kind, entityId: id });
    return row as RowOf<K>;
  });
}

/**
 * Deletes a record nothing refers to (see deleteIfUnused), in one transaction; NOT_FOUND for an
 * unknown id. The caller has checked the viewer's role.
 */
export async function deleteUnused(
  ctx: GraphQLContext,
  kind: ArchivableKind,
  id: string,
): Promise<string> {
  const table = tableOf(kind);
  return ctx.handle.transaction(async (tx) => {
    const [existing] = await tx.select().from(table).where(eq(table.id, id));
    if (!existing) throw notFound(RECORDS[kind].noun, id);
    return deleteIfUnused(tx, ctx, kind, existing, () => tx.delete(table).where(eq(table.id, id)));
  });
}

/** What deleting the record would do, for coordinators; null for everyone else. */
export async function coordinatorDeletionImpact(
  ctx: GraphQLContext,
  kind: ArchivableKind,
  row: { id: string; isParticipant?: boolean },
) {
  return ctx.viewer?.role === 'COORDINATOR' ? deletionImpact(ctx.db, kind, row) : null;
}

/** The rows of a nested list that are in use: archived records are left out of every list. */
export function inUse<R extends { archivedAt: string | null }>(rows: readonly R[]): R[] {
  return rows.filter((row) => row.archivedAt === null);
}

/** Memberships of networks in use: those of archived networks are left out, like the networks. */
export async function membershipsInUse<M extends { networkId: string }>(
  ctx: GraphQLContext,
  memberships: readonly M[],
): Promise<M[]> {
  const networks = await Promise.all(
    memberships.map((membership) => ctx.loaders.network.load(membership.networkId)),
  );
  return memberships.filter((_membership, index) => networks[index]?.archivedAt === null);
}
