import { and, count, desc, eq, inArray, isNotNull, notInArray, sql, type SQL } from 'drizzle-orm';
import { matchesCandidateSearch, notIndexed, schema } from '@brobygger/db';
import type { OpportunityRow } from '@brobygger/db/schema';
import {
  MATCH_POINTS_HOURS_FIT,
  MATCH_POINTS_PER_TALENT,
  MATCH_POINTS_SAME_MUNICIPALITY,
  candidateFilterSchema,
  candidateMatch,
  type CandidateFilterInput,
  type CandidateMatch,
} from '@brobygger/domain';
import type { GraphQLContext } from '../../context';
import type { CandidateCard } from '../../generated/resolvers';
import { badInput, notFound } from '../../lib/errors';
import { pageSize, type Page, type PageArgs } from '../../lib/pagination';
import { validate } from '../../lib/validate';
import { getOpportunity, opportunityTalents } from '../opportunity/service';
import { candidateCards } from './candidate-cards';
import { requireRole } from '../../authorization/acting-viewer';
import { COORDINATOR_OR_EMPLOYER } from '../../authorization/permissions';

const p = schema.participantProfiles;

/**
 * The outer row's person id, spelt out: drizzle leaves columns unqualified in the select list
 * of a one-table query, where inside a correlated subquery they would bind to the inner table.
 */
const profileId = sql.raw('"participant_profiles"."person_id"');

/**
 * Cursors of the candidate list are offsets: a keyset cursor would have to carry the person
 * id of the last card, which an employer must not learn.
 */
function encodeOffset(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

function decodeOffset(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  try {
    const value = (JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o?: unknown }).o;
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  } catch {
    // fall through to the error below
  }
  throw badInput('after', 'This cursor is not one the API gave out.', { reason: 'BAD_CURSOR' });
}

function filterConditions(filter: CandidateFilterInput): (SQL | undefined)[] {
  // IN (…) rather than EXISTS: SQLite reads the few matching rows once through an index
  // (talents_lower_name_idx) instead of probing once per candidate.
  const talent = (name: string) =>
    sql`${profileId} IN (SELECT t.person_id FROM talents t WHERE lower(t.name) = ${name.toLowerCase()})`;
  return [
    filter.search ? (matchesCandidateSearch(p.personId, filter.search) ?? undefined) : undefined,
    ...(filter.talents ?? []).map(talent),
    filter.municipalityNumber ? eq(p.municipalityNumber, filter.municipalityNumber) : undefined,
    filter.minHoursPerWeek != null ? sql`${p.hoursPerWeek} >= ${filter.minHoursPerWeek}` : undefined,
    filter.wishedIndustry
      ? sql`${profileId} IN (SELECT w.person_id FROM wished_industries w WHERE w.industry = ${filter.wishedIndustry})`
      : undefined,
    filter.statuses?.length ? inArray(p.status, [...filter.statuses]) : undefined,
  ];
}

/** The ids of archived people, as a subquery. */
function archivedPeople(ctx: GraphQLContext) {
  return ctx.db.select({ id: schema.people.id }).from(schema.people).where(isNotNull(schema.people.archivedAt));
}

/**
 * The SQL parts of a match with an opening; the weights are the domain's (candidate-match.ts).
 * Matched talents come from one grouped read of the talents index (`lower(name)`), joined to
 * the profiles, rather than a subquery per candidate.
 */
function matchParts(ctx: GraphQLContext, opening: OpportunityRow, wanted: readonly string[]) {
  const talents = schema.talents;
  const names = wanted.map((name) => name.toLowerCase());
  const counts = ctx.db
    .select({ personId: talents.personId, matched: sql<number>`count(*)`.as('matched') })
    .from(talents)
    .where(names.length ? sql`lower(${talents.name}) IN ${names}` : sql`false`)
    .groupBy(talents.personId)
    .as('m');
  const matched = sql<number>`coalesce(${counts.matched}, 0)`;
  const same = opening.municipalityNumber
    ? sql<number>`(CASE WHEN ${p.municipalityNumber} = ${opening.municipalityNumber} THEN 1 ELSE 0 END)`
    : sql<number>`0`;
  const fits =
    opening.hoursPerWeek != null
      ? sql<number>`(CASE WHEN ${p.hoursPerWeek} >= ${opening.hoursPerWeek} THEN 1 ELSE 0 END)`
      : sql<number>`0`;
  const score = sql<number>`(${matched} * ${MATCH_POINTS_PER_TALENT} + ${same} * ${MATCH_POINTS_SAME_MUNICIPALITY} + ${fits} * ${MATCH_POINTS_HOURS_FIT})`;
  return { counts, matched, same, score };
}

/**
 * Pseudonymous cards of the participants who are visible to employers, filtered, and ranked
 * against an opening when `rankFor` is given (talent overlap, same municipality, hours; the
 * reason is shown on each card), else newest profile first. Consent is read in the query
 * itself, so a withdrawn consent hides the card from the next request on.
 */
export async function listCandidates(
  ctx: GraphQLContext,
  args: PageArgs & { filter?: unknown; rankFor?: string | null },
): Promise<Page<CandidateCard>> {
  requireRole(ctx, COORDINATOR_OR_EMPLOYER, 'listCandidates');
  const filter = validate(candidateFilterSchema, args.filter ?? {});
  // Narrowing by status would tell an employer each candidate's status, which is not on their card.
  if (ctx.viewer?.role === 'EMPLOYER' && filter.statuses?.length) {
    throw badInput('filter.statuses', 'An employer cannot filter candidates by status: it is not on the card.', { reason: 'NOT_ON_CARD' });
  }
  const size = pageSize(args.first);
  const offset = decodeOffset(args.after);
  let opening: OpportunityRow | undefined;
  if (args.rankFor) {
    opening = await getOpportunity(ctx, args.rankFor).catch(() => {
      throw notFound('opening', args.rankFor ?? '', 'rankFor');
    });
  }
  const wanted = opening ? await opportunityTalents(ctx, opening) : [];
  // Archived participants are out of every list, the candidates too (people_archived_idx keeps this cheap).
  const conditions = [...filterConditions(filter), notInArray(p.personId, archivedPeople(ctx))];
  const where = and(eq(p.visibleToEmployers, true), ...conditions);
  const ranked = opening ? matchParts(ctx, opening, wanted) : undefined;
  const columns = {
    personId: p.personId,
    hoursPerWeek: p.hoursPerWeek,
    matched: ranked?.matched ?? sql<number>`0`,
    same: ranked?.same ?? sql<number>`0`,
  };
  // Newest first, in the order of the candidates index, so an unranked page stops early.
  const order = [desc(p.updatedAt), desc(p.personId)];
  const rows = ranked
    ? await ctx.db
        .select(columns)
        .from(p)
        .leftJoin(ranked.counts, eq(ranked.counts.personId, p.personId))
        .where(where)
        .orderBy(desc(ranked.score), ...order)
        .limit(size + 1)
        .offset(offset)
    : await ctx.db
        .select(columns)
        .from(p)
        .where(where)
        .orderBy(...order)
        .limit(size + 1)
        .offset(offset);
  // With a search the count is cheapest driven from the full-text matches; SQLite must not
  // walk the visibility index instead (three times slower at 20,000).
  const countWhere = filter.search
    ? and(sql`${notIndexed(p.visibleToEmployers)} = true`, ...conditions)
    : where;
  const [total] = await ctx.db.select({ value: count() }).from(p).where(countWhere);

  const pageRows = rows.slice(0, size);
  const matches = new Map<string, CandidateMatch>();
  if (opening) {
    for (const row of pageRows) {
      matches.set(
        row.personId,
        candidateMatch({
          talentsMatched: Number(row.matched),
          talentsWanted: wanted.length,
          sameMunicipality: Boolean(row.same),
          candidateHours: row.hoursPerWeek,
          openingHours: opening.hoursPerWeek,
        }),
      );
    }
  }
  const nodes = await candidateCards(ctx, pageRows.map((row) => row.personId), matches);
  return {
    nodes,
    pageInfo: { hasNextPage: rows.length > size, endCursor: pageRows.length ? encodeOffset(offset + pageRows.length) : null },
    totalCount: total?.value ?? 0,
  };
}
