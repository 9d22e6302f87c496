import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import { newId, schema, type Db, type DbColumn } from '@brobygger/db';
import type { OpportunityRow } from '@brobygger/db/schema';
import {
  createOpportunitySchema,
  updateOpportunitySchema,
  type OpportunityKind,
  type OpportunityStatus,
} from '@brobygger/domain';
import type { GraphQLContext } from '../../context';
import { audit } from '../../lib/audit';
import { forbidden, notFound } from '../../lib/errors';
import { paginate, type PageArgs } from '../../lib/pagination';
import { containsText } from '../../lib/search';
import { validate } from '../../lib/validate';
import { requireRole } from '../../authorization/acting-viewer';
import { COORDINATOR_OR_EMPLOYER, READERS } from '../../authorization/permissions';
import { archiveScope, deleteIfUnused, deletionImpact, mayOpen, setArchived } from '../archive/service';

const t = schema.opportunities;

export interface OpportunityListFilter {
  search?: string | null;
  statuses?: readonly OpportunityStatus[] | null;
  kinds?: readonly OpportunityKind[] | null;
  organizationId?: string | null;
  municipalityNumber?: string | null;
  /** True: only archived openings (coordinators); otherwise only those in use. */
  archived?: boolean | null;
}

type SortField = 'TITLE' | 'STATUS' | 'CREATED_AT';
const SORT_COLUMNS: Record<SortField, DbColumn> = {
  TITLE: t.title,
  STATUS: t.status,
  CREATED_AT: t.createdAt,
};

/** An employer sees every OPEN opening and all of their own organisation's. */
function employerOrganization(ctx: GraphQLContext): string | null | undefined {
  return ctx.viewer?.role === 'EMPLOYER' ? (ctx.viewer.organizationId ?? '') : undefined;
}

function scope(ctx: GraphQLContext): SQL | undefined {
  const own = employerOrganization(ctx);
  return own === undefined ? undefined : or(eq(t.status, 'OPEN'), eq(t.organizationId, own ?? ''));
}

function mayRead(ctx: GraphQLContext, row: OpportunityRow): boolean {
  const own = employerOrganization(ctx);
  return mayOpen(ctx, row) && (own === undefined || row.status === 'OPEN' || row.organizationId === own);
}

export async function listOpportunities(
  ctx: GraphQLContext,
  args: PageArgs & {
    filter?: OpportunityListFilter | null;
    orderBy?: { field: SortField; direction?: 'ASC' | 'DESC' | null } | null;
  },
) {
  requireRole(ctx, READERS, 'listOpportunities');
  const f = args.filter ?? {};
  const conditions = and(
    f.search?.trim() ? containsText(t.title, f.search) : undefined,
    f.statuses?.length ? inArray(t.status, [...f.statuses]) : undefined,
    f.kinds?.length ? inArray(t.kind, [...f.kinds]) : undefined,
    f.organizationId ? eq(t.organizationId, f.organizationId) : undefined,
    f.municipalityNumber ? eq(t.municipalityNumber, f.municipalityNumber) : undefined,
    scope(ctx),
  );
  const page = await paginate({
    db: ctx.db,
    cursors: ctx.cursors,
    table: t,
    id: t.id,
    sortBy: SORT_COLUMNS[args.orderBy?.field ?? 'TITLE'],
    direction: args.orderBy?.direction ?? 'ASC',
    ...archiveScope(ctx, t.archivedAt, f.archived, conditions),
    args,
  });
  for (const row of page.nodes) ctx.loaders.opportunity.prime(row.id, row);
  return page;
}

/** An opening an employer may not see is reported as unknown, so its existence does not leak. */
export async function getOpportunity(ctx: GraphQLContext, id: string): Promise<OpportunityRow> {
  requireRole(ctx, READERS, 'getOpportunity');
  const row = await ctx.loaders.opportunity.load(id);
  if (!row || !mayRead(ctx, row)) throw notFound('opening', id);
  return row;
}

async function writeTalents(tx: Db, opportunityId: string, talents: readonly string[] | undefined) {
  if (!talents) return;
  await tx.delete(schema.opportunityTalents).where(eq(schema.opportunityTalents.opportunityId, opportunityId));
  if (talents.length) {
    await tx.insert(schema.opportunityTalents).values(talents.map((name) => ({ opportunityId, name })));
  }
}

/** Employers act only for their own organisation. */
function assertOwnOrganization(ctx: GraphQLContext, organizationId: string) {
  const own = employerOrganization(ctx);
  if (own !== undefined && organizationId !== own) {
    throw forbidden('OWN_ORGANIZATION_ONLY', 'Employers can manage only their own organisation’s openings.');
  }
}

export async function createOpportunity(ctx: GraphQLContext, input: Record<string, unknown>): Promise<OpportunityRow> {
  requireRole(ctx, COORDINATOR_OR_EMPLOYER, 'createOpportunity');
  const own = employerOrganization(ctx);
  const withOrganization = input.organizationId == null && own ? { ...input, organizationId: own } : input;
  const { talents, ...values } = validate(createOpportunitySchema, withOrganization);
  assertOwnOrganization(ctx, values.organizationId);
  const now = ctx.now().toISOString();
  return ctx.handle.transaction(async (tx) => {
    const [org] = await tx
      .select({ id: schema.organizations.id })
      .from(schema.organizations)
      .where(eq(schema.organizations.id, values.organizationId));
    if (!org) throw notFound('organisation', values.organizationId, 'organizationId');
    const id = newId('opportunity');
    const [row] = await tx.insert(t).values({ ...values, id, createdAt: now, updatedAt: now }).returning();
    await writeTalents(tx, id, talents);
    await audit(tx, ctx, { action: 'create', entityType: 'Opportunity', entityId: id });
    return row!;
  });
}

async function requireManageable(tx: Db, ctx: GraphQLContext, id: string): Promise<OpportunityRow> {
  const [existing] = await tx.select().from(t).where(eq(t.id, id));
  if (!existing || !mayRead(ctx, existing)) throw notFound('opening', id);
  assertOwnOrganization(ctx, existing.organizationId);
  return existing;
}

export async function updateOpportunity(ctx: GraphQLContext, id: string, input: unknown): Promise<OpportunityRow> {
  requireRole(ctx, COORDINATOR_OR_EMPLOYER, 'updateOpportunity');
  // The organisation of an opening does not change; another organisation posts its own.
  const { talents, organizationId: _org, ...values } = validate(updateOpportunitySchema, input);
  return ctx.handle.transaction(async (tx) => {
    await requireManageable(tx, ctx, id);
    const [row] = await tx.update(t).set({ ...values, updatedAt: ctx.now().toISOString() }).where(eq(t.id, id)).returning();
    await writeTalents(tx, id, talents);
    await audit(tx, ctx, { action: 'update', entityType: 'Opportunity', entityId: id, detail: { fields: Object.keys(values) } });
    ctx.loaders.talentsOfOpportunity.clear(id);
    return row!;
  });
}

/**
 * Deletes an opening nothing refers to, with its wanted talents; refused (IN_USE) while a
 * shortlist, an introduction or an agreement names it: the employer's work on it stays whole.
 */
export async function deleteOpportunity(ctx: GraphQLContext, id: string): Promise<string> {
  requireRole(ctx, COORDINATOR_OR_EMPLOYER, 'deleteOpportunity');
  return ctx.handle.transaction(async (tx) => {
    const existing = await requireManageable(tx, ctx, id);
    return deleteIfUnused(tx, ctx, 'Opportunity', existing, () => tx.delete(t).where(eq(t.id, id)));
  });
}

/** Archives (or, with `archive: false`, restores) an opening. */
export function setOpportunityArchived(ctx: GraphQLContext, id: string, archive: boolean): Promise<OpportunityRow> {
  return setArchived(ctx, 'Opportunity', id, archive);
}

/** What deleting the opening would do, for those who may delete it (coordinators, its own employers); else null. */
export async function opportunityDeletionImpact(ctx: GraphQLContext, row: OpportunityRow) {
  const own = employerOrganization(ctx);
  const may = ctx.viewer?.role === 'COORDINATOR' || (own !== undefined && own === row.organizationId);
  return may ? deletionImpact(ctx.db, 'Opportunity', row) : null;
}

export async function opportunityTalents(ctx: GraphQLContext, opportunity: OpportunityRow): Promise<string[]> {
  return (await ctx.loaders.talentsOfOpportunity.load(opportunity.id)).map((talent) => talent.name).sort();
}
