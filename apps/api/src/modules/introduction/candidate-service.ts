import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { matchesCandidateSearch, schema } from '@brobygger/db';
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
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  } catch {
    // fall through to the error below
  }
  throw badInput('after', 'This cursor is not one the API gave out.');
}

function filterConditions(filter: CandidateFilterInput): (SQL | undefined)[] {
  const talent = (name: string) =>
    sql`EXISTS (SELECT 1 FROM talents t WHERE t.person_id = ${profileId} AND lower(t.name) = lower(${name}))`;
  return [
    filter.search ? (matchesCandidateSearch(p.personId, filter.search) ?? undefined) : undefined,
    ...(filter.talents ?? []).map(talent),
    filter.municipalityNumber ? eq(p.municipalityNumber, filter.municipalityNumber) : undefined,
    filter.minHoursPerWeek != null ? sql`${p.hoursPerWeek} >= ${filter.minHoursPerWeek}` : undefined,
    filter.wishedIndustry
      ? sql`EXISTS (SELECT 1 FROM wished_industries w WHERE w.person_id = ${profileId} AND w.industry = ${filter.wishedIndustry})`
      : undefined,
    filter.statuses?.length ? inArray(p.status, [...filter.statuses]) : undefined,
  ];
}

/** The SQL parts of a match with an opening; the weights are the domain's (candidate-match.ts). */
function matchColumns(opening: OpportunityRow, wanted: readonly string[]) {
  const names = wanted.map((name) => name.toLowerCase());
  const matched = names.length
    ? sql<number>`(SELECT count(*) FROM talents t WHERE t.person_id = ${profileId} AND lower(t.name) IN ${names})`
    : sql<number>`0`;
  const same = opening.municipalityNumber
    ? sql<number>`(${p.municipalityNumber} IS ${opening.municipalityNumber})`
    : sql<number>`0`;
  const fits = opening.hoursPerWeek != null ? sql<number>`coalesce(${p.hoursPerWeek} >= ${opening.hoursPerWeek}, 0)` : sql<number>`0`;
  const score = sql<number>`(${matched} * ${MATCH_POINTS_PER_TALENT} + ${same} * ${MATCH_POINTS_SAME_MUNICIPALITY} + ${fits} * ${MATCH_POINTS_HOURS_FIT})`;
  return { matched, same, score };
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
  const filter = validate(candidateFilterSchema, args.filter ?? {});
  const size = pageSize(args.first);
  const offset = decodeOffset(args.after);
  let opening: OpportunityRow | undefined;
  if (args.rankFor) {
    opening = await getOpportunity(ctx, args.rankFor).catch(() => {
      throw notFound('opening', args.rankFor ?? '', 'rankFor');
    });
  }
  const wanted = opening ? await opportunityTalents(ctx, opening) : [];
  const where = and(eq(p.visibleToEmployers, true), ...filterConditions(filter));
  const ranked = opening ? matchColumns(opening, wanted) : undefined;

  const rows = await ctx.db
    .select({
      personId: p.personId,
      hoursPerWeek: p.hoursPerWeek,
      matched: ranked?.matched ?? sql<number>`0`,
      same: ranked?.same ?? sql<number>`0`,
    })
    .from(p)
    .where(where)
    .orderBy(...(ranked ? [desc(ranked.score), desc(p.updatedAt)] : [desc(p.updatedAt)]), asc(p.personId))
    .limit(size + 1)
    .offset(offset);
  const [total] = await ctx.db.select({ value: count() }).from(p).where(where);

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
