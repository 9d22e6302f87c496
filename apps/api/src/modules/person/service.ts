import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { newId, schema, type Db, type DbColumn } from '@brobygger/db';
import type { PersonRow } from '@brobygger/db/schema';
import {
  createPersonSchema,
  updatePersonSchema,
  type ParticipantStatus,
  type Sector,
} from '@brobygger/domain';
import type { GraphQLContext } from '../../context';
import { audit } from '../../lib/audit';
import { badInput, notFound } from '../../lib/errors';
import { paginate, type Page, type PageArgs } from '../../lib/pagination';
import { containsText } from '../../lib/search';
import { validate } from '../../lib/validate';
import { writeProfile } from '../participant/profile-writes';
import { peopleScope, personOfViewerId, personVisibility } from '../../privacy/people';
import { researchTotal } from '../../privacy/research-counts';
import { requireRole } from '../../authorization/acting-viewer';
import { COORDINATOR, READERS, READERS_AND_PARTICIPANT } from '../../authorization/permissions';
import { archiveScope, coordinatorDeletionImpact, deleteUnused, setArchived } from '../archive/service';

const t = schema.people;
const profiles = schema.participantProfiles;

export interface PersonListFilter {
  search?: string | null;
  sectors?: readonly Sector[] | null;
  organizationId?: string | null;
  networkId?: string | null;
  isParticipant?: boolean | null;
  statuses?: readonly ParticipantStatus[] | null;
  municipalityNumber?: string | null;
  /** True: only archived people (coordinators); otherwise only those in use. */
  archived?: boolean | null;
}

type SortField = 'NAME' | 'SECTOR' | 'SINCE' | 'CREATED_AT';

const SORT_COLUMNS: Record<SortField, DbColumn> = {
  NAME: t.name,
  SECTOR: t.sector,
  SINCE: t.since,
  CREATED_AT: t.createdAt,
};

/** Whether the viewer may match and sort on participants' real names and contact. */
function mayUseParticipantNames(ctx: GraphQLContext): boolean {
  return ctx.viewer?.role === 'COORDINATOR' || ctx.viewer?.role === 'ADMIN';
}

function profileCondition(condition: SQL): SQL {
  return inArray(t.id, sql`(SELECT ${profiles.personId} FROM ${profiles} WHERE ${condition})`);
}

function whereOf(ctx: GraphQLContext, filter: PersonListFilter | null | undefined): SQL | undefined {
  if (!filter) return undefined;
  const conditions: (SQL | undefined)[] = [];
  if (filter.search?.trim()) {
    const matches = containsText([t.name, t.email, t.title], filter.search);
    // A researcher searching a real name must not learn that a pseudonymous participant has it.
    conditions.push(mayUseParticipantNames(ctx) ? matches : and(eq(t.isParticipant, false), matches));
  }
  if (filter.sectors?.length) conditions.push(inArray(t.sector, [...filter.sectors]));
  if (filter.isParticipant != null) conditions.push(eq(t.isParticipant, filter.isParticipant));
  // A participant's organisation, networks, status and municipality are quasi-identifiers a
  // researcher may not filter on: the filters match only people who are not participants.
  const quasi: (SQL | undefined)[] = [];
  if (filter.organizationId) quasi.push(eq(t.organizationId, filter.organizationId));
  if (filter.networkId) {
    const m = schema.networkMembers;
    quasi.push(inArray(t.id, sql`(SELECT ${m.personId} FROM ${m} WHERE ${m.networkId} = ${filter.networkId})`));
  }
  if (filter.statuses?.length) quasi.push(profileCondition(inArray(profiles.status, [...filter.statuses])));
  if (filter.municipalityNumber) quasi.push(profileCondition(eq(profiles.municipalityNumber, filter.municipalityNumber)));
  if (quasi.length) conditions.push(mayUseParticipantNames(ctx) ? and(...quasi) : and(eq(t.isParticipant, false), ...quasi));
  return and(...conditions);
}

function sortColumn(ctx: GraphQLContext, field: SortField): DbColumn {
  if (field === 'SECTOR' || mayUseParticipantNames(ctx)) return SORT_COLUMNS[field];
  // Sorted by real name or exact date, a pseudonymous participant's place among the others
  // would hint at what is hidden; participants sort after everyone else, by id, instead.
  return sql`CASE WHEN ${t.isParticipant} = true THEN '~' || ${t.id} ELSE ${SORT_COLUMNS[field]} END` as unknown as DbColumn;
}

/** People the viewer may see, filtered, sorted and paged; rows a viewer may not see are left out. */
export async function listPeople(
  ctx: GraphQLContext,
  args: PageArgs & {
    filter?: PersonListFilter | null;
    orderBy?: { field: SortField; direction?: 'ASC' | 'DESC' | null } | null;
  },
): Promise<Page<PersonRow>> {
  requireRole(ctx, READERS, 'listPeople');
  const page = await paginate({
    db: ctx.db,
    cursors: ctx.cursors,
    table: t,
    id: t.id,
    sortBy: sortColumn(ctx, args.orderBy?.field ?? 'NAME'),
    direction: args.orderBy?.direction ?? 'ASC',
    ...archiveScope(ctx, t.archivedAt, args.filter?.archived, and(whereOf(ctx, args.filter), peopleScope(ctx))),
    args,
  });
  for (const row of page.nodes) ctx.loaders.person.prime(row.id, row);
  // A list may hold participants: its total is an aggregate, rounded for researchers.
  return ctx.viewer?.role === 'RESEARCHER' ? { ...page, totalCount: researchTotal(page.totalCount) } : page;
}

/**
 * One person, by an id the viewer was given (a researcher's research pseudonym), if the viewer
 * may see them. A person the viewer may not see answers exactly as an unknown id does. What
 * the viewer then reads of a participant's full profile is audited (privacy/profile-reads.ts).
 */
export async function getPerson(ctx: GraphQLContext, id: string): Promise<PersonRow> {
  requireRole(ctx, READERS_AND_PARTICIPANT, 'getPerson');
  const row = await personOfViewerId(ctx, id);
  if (!row || (await personVisibility(ctx, row)) === 'hidden') throw notFound('person', id);
  return row;
}

async function assertOrganizationExists(tx: Db, organizationId: string | null | undefined) {
  if (!organizationId) return;
  const [org] = await tx
    .select({ id: schema.organizations.id })
    .from(schema.organizations)
    .where(eq(schema.organizations.id, organizationId));
  if (!org) throw notFound('organisation', organizationId, 'organizationId');
}

export async function createPerson(ctx: GraphQLContext, input: unknown): Promise<PersonRow> {
  requireRole(ctx, COORDINATOR, 'createPerson');
  const { participant, ...values } = validate(createPersonSchema, input);
  if (participant && values.sector !== 'CIVIL') {
    throw badInput('sector', 'Participants belong to the CIVIL sector.', { reason: 'PARTICIPANT_SECTOR' });
  }
  const id = newId('person');
  const now = ctx.now().toISOString();
  return ctx.handle.transaction(async (tx) => {
    await assertOrganizationExists(tx, values.organizationId);
    const [row] = await tx
      .insert(t)
      .values({ ...values, id, isParticipant: Boolean(participant), createdAt: now, updatedAt: now })
      .returning();
    if (participant) await writeProfile(tx, ctx, id, participant, { prefix: 'participant' });
    await audit(tx, ctx, {
      action: 'create',
      entityType: 'Person',
      entityId: id,
      detail: participant ? { participant: true } : undefined,
    });
    return row!;
  });
}

export async function updatePerson(ctx: GraphQLContext, id: string, input: unknown): Promise<PersonRow> {
  requireRole(ctx, COORDINATOR, 'updatePerson');
  const values = validate(updatePersonSchema, input);
  const now = ctx.now().toISOString();
  return ctx.handle.transaction(async (tx) => {
    const [existing] = await tx.select().from(t).where(eq(t.id, id));
    if (!existing) throw notFound('person', id);
    if (existing.erasedAt) throw badInput('id', 'This person erased their data; the record cannot be changed.', { reason: 'ERASED' });
    if (existing.isParticipant && values.sector && values.sector !== 'CIVIL') {
      throw badInput('sector', 'Participants belong to the CIVIL sector.', { reason: 'PARTICIPANT_SECTOR' });
    }
    await assertOrganizationExists(tx, values.organizationId);
    const [row] = await tx
      .update(t)
      .set({ ...values, updatedAt: now })
      .where(eq(t.id, id))
      .returning();
    await audit(tx, ctx, {
      action: 'update',
      entityType: 'Person',
      entityId: id,
      detail: { fields: Object.keys(values) },
    });
    return row!;
  });
}

/**
 * Deletes a person nothing refers to, with their connections and memberships (FK cascade);
 * refused (IN_USE) while agreements, accounts or followed participants refer to them. A
 * participant is never deleted by a coordinator (reason PARTICIPANT): erasure is the
 * participant's own act (eraseMe); a coordinator archives them instead.
 */
export async function deletePerson(ctx: GraphQLContext, id: string): Promise<string> {
  requireRole(ctx, COORDINATOR, 'deletePerson');
  return deleteUnused(ctx, 'Person', id);
}

/** Archives (or, with `archive: false`, restores) a person; a participant's journey stays as it is. */
export function setPersonArchived(ctx: GraphQLContext, id: string, archive: boolean): Promise<PersonRow> {
  return setArchived(ctx, 'Person', id, archive);
}

/** What deleting the person would do; null for viewers who may not delete them. */
export function personDeletionImpact(ctx: GraphQLContext, row: PersonRow) {
  return coordinatorDeletionImpact(ctx, 'Person', row);
}
