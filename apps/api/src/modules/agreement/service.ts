import { and, eq, exists, inArray, sql, type SQL } from 'drizzle-orm';
import { newId, schema, type Db } from '@brobygger/db';
import type { AgreementRow } from '@brobygger/db/schema';
import {
  createAgreementSchema,
  isOnOrAfter,
  updateAgreementSchema,
  type AgreementKind,
  type AgreementStatus,
} from '@brobygger/domain';
import type { GraphQLContext } from '../../context';
import { audit } from '../../lib/audit';
import { badInput, notFound } from '../../lib/errors';
import { paginate, type PageArgs } from '../../lib/pagination';
import { containsText } from '../../lib/search';
import { validate } from '../../lib/validate';
import { assertDraft, assertTermsEditable, loadForChange } from './editable';
import { assertPartiesExist } from './parties';
import { replaceParties } from './party-service';
import {
  agreementScope,
  mayReadAgreement,
  mayReadAgreementsOfRecord,
  networkOfViewerId,
  partyOfViewerId,
  readsAsResearcher,
} from '../../privacy/agreements';
import { researchTotal } from '../../privacy/research-counts';
import { requireRole } from '../../authorization/acting-viewer';
import { COORDINATOR, READERS_AND_PARTICIPANT } from '../../authorization/permissions';

const t = schema.agreements;
const p = schema.agreementParties;

export interface AgreementListFilter {
  search?: string | null;
  statuses?: readonly AgreementStatus[] | null;
  kinds?: readonly AgreementKind[] | null;
  networkId?: string | null;
  partyId?: string | null;
  threeSector?: boolean | null;
}

const SORT_COLUMNS = {
  TITLE: t.title,
  STATUS: t.status,
  START_DATE: t.startDate,
  CREATED_AT: t.createdAt,
} as const;

/** Number of distinct sectors among an agreement's parties, as a correlated subquery. */
const sectorCount = sql<number>`(
  SELECT count(DISTINCT coalesce(pp.sector, po.sector))
  FROM agreement_parties ap
  LEFT JOIN people pp ON pp.id = ap.person_id
  LEFT JOIN organizations po ON po.id = ap.organization_id
  WHERE ap.agreement_id = ${t.id}
)`;

function hasParty(partyId: string): SQL {
  return exists(
    sql`(SELECT 1 FROM ${p} WHERE ${p.agreementId} = ${t.id} AND (${p.personId} = ${partyId} OR ${p.organizationId} = ${partyId}))`,
  );
}

/** The filter's party and network as the records they stand for (null: matches nothing). */
interface FilterIds {
  partyId: string | null;
  networkId: string | null;
}

function whereOf(
  filter: AgreementListFilter | null | undefined,
  ids: FilterIds,
): SQL | undefined {
  if (!filter) return undefined;
  return and(
    filter.search?.trim() ? containsText(t.title, filter.search) : undefined,
    filter.statuses?.length ? inArray(t.status, [...filter.statuses]) : undefined,
    filter.kinds?.length ? inArray(t.kind, [...filter.kinds]) : undefined,
    filter.networkId ? (ids.networkId ? eq(t.networkId, ids.networkId) : sql`false`) : undefined,
    filter.partyId ? (ids.partyId ? hasParty(ids.partyId) : sql`false`) : undefined,
    filter.threeSector === true ? sql`${sectorCount} = 3` : undefined,
    filter.threeSector === false ? sql`${sectorCount} < 3` : undefined,
  );
}

/**
 * Titles are free text that may name a person; researchers get none (privacy/agreements.ts), so
 * they may not search or sort by them either: the answers would tell the text.
 */
function refuseTitleUse(args: { filter?: AgreementListFilter | null; orderBy?: { field: string } | null }): void {
  const withheld = { reason: 'WITHHELD_FOR_RESEARCH' } as const;
  if (args.filter?.search?.trim()) throw badInput('filter.search', 'Agreement titles are withheld from research and cannot be searched.', withheld);
  if (args.orderBy?.field === 'TITLE') throw badInput('orderBy.field', 'Agreement titles are withheld from research and cannot be sorted by.', withheld);
}

export async function listAgreements(
  ctx: GraphQLContext,
  args: PageArgs & {
    filter?: AgreementListFilter | null;
    orderBy?: { field: keyof typeof SORT_COLUMNS; direction?: 'ASC' | 'DESC' | null } | null;
  },
) {
  requireRole(ctx, READERS_AND_PARTICIPANT, 'listAgreements');
  if (readsAsResearcher(ctx)) refuseTitleUse(args);
  // Researchers name a party or a network by its research pseudonym only (privacy/agreements.ts).
  const ids = {
    partyId: args.filter?.partyId ? await partyOfViewerId(ctx, args.filter.partyId) : null,
    networkId: args.filter?.networkId ? await networkOfViewerId(ctx, args.filter.networkId) : null,
  };
  const page = await paginate({
    db: ctx.db,
    cursors: ctx.cursors,
    table: t,
    id: t.id,
    sortBy: SORT_COLUMNS[args.orderBy?.field ?? 'CREATED_AT'],
    direction: args.orderBy?.direction ?? (args.orderBy ? 'ASC' : 'DESC'),
    where: and(whereOf(args.filter, ids), agreementScope(ctx)),
    args,
  });
  for (const row of page.nodes) ctx.loaders.agreement.prime(row.id, row);
  // Agreements of participants are aggregates of them: researchers get the total rounded.
  return ctx.viewer?.role === 'RESEARCHER'
    ? { ...page, totalCount: researchTotal(page.totalCount) }
    : page;
}

export async function getAgreement(ctx: GraphQLContext, id: string): Promise<AgreementRow> {
  requireRole(ctx, READERS_AND_PARTICIPANT, 'getAgreement');
  const row = await ctx.loaders.agreement.load(id);
  // An agreement the viewer may not see answers exactly as an unknown id.
  if (!row || !(await mayReadAgreement(ctx, id))) throw notFound('agreement', id);
  return row;
}

/**
 * The agreements a person or an organisation is a party to, visible to the viewer; none for a
 * researcher, who reads agreements only in the pseudonymous list (privacy/agreements.ts).
 */
export async function agreementsOfParty(
  ctx: GraphQLContext,
  party: { organizationId?: string; personId?: string },
): Promise<AgreementRow[]> {
  if (!mayReadAgreementsOfRecord(ctx)) return [];
  const parties = party.personId
    ? await ctx.loaders.partiesAsPerson.load(party.personId)
    : await ctx.loaders.partiesAsOrganization.load(party.organizationId ?? '');
  const ids = [...new Set(parties.map((row) => row.agreementId))];
  const rows = await ctx.loaders.agreement.loadMany(ids);
  const visible: AgreementRow[] = [];
  for (const row of rows) {
    if (row && !(row instanceof Error) && (await mayReadAgreement(ctx, row.id))) visible.push(row);
  }
  return visible;
}

async function assertReferencesExist(
  tx: Db,
  values: { networkId?: string | null; opportunityId?: string | null },
) {
  if (values.networkId) {
    const [row] = await tx
      .select({ id: schema.networks.id })
      .from(schema.networks)
      .where(eq(schema.networks.id, values.networkId));
    if (!row) throw notFound('network', values.networkId, 'networkId');
  }
  if (values.opportunityId) {
    const [row] = await tx
      .select({ id: schema.opportunities.id })
      .from(schema.opportunities)
      .where(eq(schema.opportunities.id, values.opportunityId));
    if (!row) throw notFound('opening', values.opportunityId, 'opportunityId');
  }
}

export async function createAgreement(ctx: GraphQLContext, input: unknown) {
  requireRole(ctx, COORDINATOR, 'createAgreement');
  const { parties = [], ...values } = validate(createAgreementSchema, input);
  const id = newId('agreement');
  const now = ctx.now().toISOString();
  return ctx.handle.transaction(async (tx) => {
    await assertReferencesExist(tx, values);
    await assertPartiesExist(tx, parties ?? [], 'parties.');
    const [row] = await tx
      .insert(t)
      .values({ ...values, id, status: 'DRAFT', createdAt: now, updatedAt: now })
      .returning();
    if (parties?.length) {
      await tx.insert(p).values(
        parties.map((party) => ({
          id: newId('agreementParty'),
          agreementId: id,
          personId: party.personId ?? null,
          organizationId: party.organizationId ?? null,
          role: party.role,
        })),
      );
    }
    await audit(tx, ctx, { action: 'create', entityType: 'Agreement', entityId: id });
    return row!;
  });
}

export async function updateAgreement(ctx: GraphQLContext, id: string, input: unknown) {
  requireRole(ctx, COORDINATOR, 'updateAgreement');
  const { parties, ...values } = validate(updateAgreementSchema, input);
  return ctx.handle.transaction(async (tx) => {
    const existing = await loadForChange(tx, id);
    assertTermsEditable(existing);
    await assertReferencesExist(tx, values);
    const startDate = values.startDate === undefined ? existing.startDate : values.startDate;
    const endDate = values.endDate === undefined ? existing.endDate : values.endDate;
    if (startDate && endDate && !isOnOrAfter(endDate, startDate)) {
      throw badInput('endDate', 'The end date must be on or after the start date.', {
        reason: 'AGREEMENT_END_BEFORE_START',
        params: { startDate, endDate },
      });
    }
    if (parties) await replaceParties(tx, ctx, existing, parties);
    const [row] = await tx
      .update(t)
      .set({ ...values, updatedAt: ctx.now().toISOString() })
      .where(eq(t.id, id))
      .returning();
    await audit(tx, ctx, {
      action: 'update',
      entityType: 'Agreement',
      entityId: id,
      detail: { fields: Object.keys(values) },
    });
    return row!;
  });
}

export async function deleteAgreement(ctx: GraphQLContext, id: string) {
  requireRole(ctx, COORDINATOR, 'deleteAgreement');
  return ctx.handle.transaction(async (tx) => {
    const existing = await loadForChange(tx, id);
    assertDraft(existing, 'An agreement can be deleted');
    await tx.delete(t).where(eq(t.id, id));
    await audit(tx, ctx, { action: 'delete', entityType: 'Agreement', entityId: id });
    return id;
  });
}
