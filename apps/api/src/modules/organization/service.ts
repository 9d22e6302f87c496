import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { newId, schema } from '@brobygger/db';
import type { OrganizationRow } from '@brobygger/db/schema';
import {
  createOrganizationSchema,
  updateOrganizationSchema,
  type Sector,
  type OrganizationKind,
} from '@brobygger/domain';
import type { GraphQLContext } from '../../context';
import { audit } from '../../lib/audit';
import { badInput, notFound } from '../../lib/errors';
import { paginate, type PageArgs } from '../../lib/pagination';
import { containsText } from '../../lib/search';
import { validate } from '../../lib/validate';
import { requireRole } from '../../authorization/acting-viewer';
import { COORDINATOR, READERS } from '../../authorization/permissions';
import { archiveScope, coordinatorDeletionImpact, deleteUnused, mayOpen, setArchived } from '../archive/service';

const t = schema.organizations;

export interface OrganizationListFilter {
  search?: string | null;
  sectors?: readonly Sector[] | null;
  kinds?: readonly OrganizationKind[] | null;
  municipalityNumber?: string | null;
  networkId?: string | null;
  /** True: only archived organisations (coordinators); otherwise only those in use. */
  archived?: boolean | null;
}

const SORT_COLUMNS = {
  NAME: t.name,
  SECTOR: t.sector,
  KIND: t.kind,
  MUNICIPALITY: t.municipalityName,
  CREATED_AT: t.createdAt,
} as const;

function whereOf(filter: OrganizationListFilter | null | undefined): SQL | undefined {
  if (!filter) return undefined;
  const conditions: (SQL | undefined)[] = [];
  if (filter.search?.trim()) {
    conditions.push(containsText([t.name, t.orgNumber], filter.search));
  }
  if (filter.sectors?.length) conditions.push(inArray(t.sector, [...filter.sectors]));
  if (filter.kinds?.length) conditions.push(inArray(t.kind, [...filter.kinds]));
  if (filter.municipalityNumber) conditions.push(eq(t.municipalityNumber, filter.municipalityNumber));
  if (filter.networkId) {
    conditions.push(
      inArray(
        t.id,
        sql`(SELECT ${schema.networkMembers.organizationId} FROM ${schema.networkMembers} WHERE ${schema.networkMembers.networkId} = ${filter.networkId})`,
      ),
    );
  }
  return and(...conditions);
}

export async function listOrganizations(
  ctx: GraphQLContext,
  args: PageArgs & {
    filter?: OrganizationListFilter | null;
    orderBy?: { field: keyof typeof SORT_COLUMNS; direction?: 'ASC' | 'DESC' | null } | null;
  },
) {
  requireRole(ctx, READERS, 'listOrganizations');
  const scope = ctx.viewer?.role === 'EMPLOYER' ? eq(t.id, ctx.viewer.organizationId ?? '') : undefined;
  const page = await paginate({
    db: ctx.db,
    cursors: ctx.cursors,
    table: t,
    id: t.id,
    sortBy: SORT_COLUMNS[args.orderBy?.field ?? 'NAME'],
    direction: args.orderBy?.direction ?? 'ASC',
    ...archiveScope(ctx, t.archivedAt, args.filter?.archived, and(whereOf(args.filter), scope)),
    args,
  });
  for (const row of page.nodes) ctx.loaders.organization.prime(row.id, row);
  return page;
}

export async function getOrganization(ctx: GraphQLContext, id: string) {
  requireRole(ctx, READERS, 'getOrganization');
  const row = await ctx.loaders.organization.load(id);
  if (!row || !mayOpen(ctx, row)) throw notFound('organisation', id);
  return row;
}

/** The unique index on org_number is the last word; this check gives the user a clear message first. */
async function assertOrgNumberFree(tx: GraphQLContext['db'], orgNumber: string | null | undefined, exceptId?: string) {
  if (!orgNumber) return;
  const [existing] = await tx.select({ id: t.id, name: t.name }).from(t).where(eq(t.orgNumber, orgNumber));
  if (existing && existing.id !== exceptId) {
    throw badInput('orgNumber', `Organisation number ${orgNumber} is already registered to ${existing.name}.`, {
      reason: 'ORG_NUMBER_TAKEN',
      params: { orgNumber, name: existing.name },
    });
  }
}

export async function createOrganization(ctx: GraphQLContext, input: unknown) {
  requireRole(ctx, COORDINATOR, 'createOrganization');
  const values = validate(createOrganizationSchema, input);
  const id = newId('organization');
  const now = ctx.now().toISOString();
  return ctx.handle.transaction(async (tx) => {
    await assertOrgNumberFree(tx, values.orgNumber);
    const [row] = await tx
      .insert(t)
      .values({ ...values, id, source: 'MANUAL', createdAt: now, updatedAt: now })
      .returning();
    await audit(tx, ctx, { action: 'create', entityType: 'Organization', entityId: id });
    return row!;
  });
}

export async function updateOrganization(ctx: GraphQLContext, id: string, input: unknown) {
  requireRole(ctx, COORDINATOR, 'updateOrganization');
  const values = validate(updateOrganizationSchema, input);
  const now = ctx.now().toISOString();
  return ctx.handle.transaction(async (tx) => {
    const [existing] = await tx.select({ id: t.id }).from(t).where(eq(t.id, id));
    if (!existing) throw notFound('organisation', id);
    await assertOrgNumberFree(tx, values.orgNumber, id);
    const [row] = await tx
      .update(t)
      .set({ ...values, updatedAt: now, editedByHandAt: now })
      .where(eq(t.id, id))
      .returning();
    await audit(tx, ctx, {
      action: 'update',
      entityType: 'Organization',
      entityId: id,
      detail: { fields: Object.keys(values) },
    });
    return row!;
  });
}

/**
 * Deletes an organisation nothing refers to (archive/service.ts says what refers, and what goes
 * with it: its network memberships); refused with reason IN_USE otherwise.
 */
export async function deleteOrganization(ctx: GraphQLContext, id: string): Promise<string> {
  requireRole(ctx, COORDINATOR, 'deleteOrganization');
  return deleteUnused(ctx, 'Organization', id);
}

/** Archives (or, with `archive: false`, restores) an organisation; its people and openings stay as they are. */
export function setOrganizationArchived(ctx: GraphQLContext, id: string, archive: boolean): Promise<OrganizationRow> {
  return setArchived(ctx, 'Organization', id, archive);
}

/** What deleting the organisation would do; null for viewers who may not delete it. */
export function organizationDeletionImpact(ctx: GraphQLContext, row: OrganizationRow) {
  return coordinatorDeletionImpact(ctx, 'Organization', row);
}
