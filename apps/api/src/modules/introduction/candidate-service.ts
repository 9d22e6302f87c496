import { and, count, desc, eq, inArray, isNotNull, notInArray, sql, type Placeholder, type SQL } from 'drizzle-orm';
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
import { decodeOffset, encodeOffset } from './candidate-cursor';
import { pageSize, type Page, type PageArgs } from '../../lib/pagination';
import { validate } from '../../lib/validate';
import { getOpportunity, opportunityTalents } from '../opportunity/service';
import { candidateCards } from './candidate-cards';
import { shapedRead, type Value } from './shaped-reads';
import { requireRole } from '../../authorization/acting-viewer';
import { COORDINATOR_OR_EMPLOYER } from '../../authorization/permissions';

const p = schema.participantProfiles;

/**
 * The outer row's person id, spelt out: drizzle leaves columns unqualified in the select list
 * of a one-table query, where inside a correlated subquery they would bind to the inner table.
 */
const profileId = sql.raw('"participant_profiles"."person_id"');

/**
 * The filter's conditions (without the archived rule), each value placed through `value`
 * (shaped-reads.ts): `search0…`, `talent0…`, `municipality`, `minHours`, `industry`, `status0…`.
 * Only SQL fragments: cheap to make on every request, as shapedRead needs their values.
 */
function filterConditions(filter: CandidateFilterInput, value: Value): SQL[] {
  // IN (…) rather than EXISTS: SQLite reads the few matching rows once through an index
  // (talents_lower_name_idx) instead of probing once per candidate.
  const talent = (name: string, i: number) =>
    sql`${profileId} IN (SELECT t.person_id FROM talents t WHERE lower(t.name) = ${value(`talent${i}`, name.toLowerCase())})`;
  const statuses = filter.statuses ?? [];
  return [
    filter.search ? matchesCandidateSearch(p.personId, filter.search, value) : null,
    ...(filter.talents ?? []).map(talent),
    filter.municipalityNumber ? sql`${p.municipalityNumber} = ${value('municipality', filter.municipalityNumber)}` : null,
    filter.minHoursPerWeek != null ? sql`${p.hoursPerWeek} >= ${value('minHours', filter.minHoursPerWeek)}` : null,
    filter.wishedIndustry
      ? sql`${profileId} IN (SELECT w.person_id FROM wished_industries w WHERE w.industry = ${value('industry', filter.wishedIndustry)})`
      : null,
    statuses.length ? sql`${p.status} IN (${sql.join(statuses.map((status, i) => sql`${value(`status${i}`, status)}`), sql`, `)})` : null,
  ].filter((condition): condition is SQL => condition != null);
}

/** The ids of archived people, as a subquery. */
function archivedPeople(ctx: GraphQLContext) {
  return ctx.db.select({ id: schema.people.id }).from(schema.people).where(isNotNull(schema.people.archivedAt));
}

/** What a ranking is made of: the opening's municipality and hours, and the talents it wants (lower case). */
interface Ranking {
  municipality: string | null;
  hours: number | null;
  wanted: readonly string[];
}

/**
 * The SQL parts of a match with an opening; the weights are the domain's (candidate-match.ts).
 * Values: `wanted0…`, `openingMunicipality`, `openingHours`. The fragments are made at once;
 * the grouped read of the talents (`counts`), on demand (a new shape).
 */
function matchParts(ctx: GraphQLContext, ranking: Ranking, value: Value) {
  const names = ranking.wanted.map((name, i) => sql`${value(`wanted${i}`, name)}`);
  const same = ranking.municipality
    ? sql<number>`(CASE WHEN ${p.municipalityNumber} = ${value('openingMunicipality', ranking.municipality)} THEN 1 ELSE 0 END)`
    : sql<number>`0`;
  const fits =
    ranking.hours != null
      ? sql<number>`(CASE WHEN ${p.hoursPerWeek} >= ${value('openingHours', ranking.hours)} THEN 1 ELSE 0 END)`
      : sql<number>`0`;
  const placeScore = sql<number>`(${same} * ${MATCH_POINTS_SAME_MUNICIPALITY} + ${fits} * ${MATCH_POINTS_HOURS_FIT})`;
  // Matched talents come from one grouped read of the talents index (`lower(name)`), joined to
  // the profiles, rather than a subquery per candidate.
  const talented = () => {
    const talents = schema.talents;
    const counts = ctx.db
      .select({ personId: talents.personId, matched: sql<number>`count(*)`.as('matched') })
      .from(talents)
      .where(names.length ? sql`lower(${talents.name}) IN (${sql.join(names, sql`, `)})` : sql`false`)
      .groupBy(talents.personId)
      .as('m');
    const matched = sql<number>`coalesce(${counts.matched}, 0)`;
    return { counts, matched, score: sql<number>`(${matched} * ${MATCH_POINTS_PER_TALENT} + ${placeScore})` };
  };
  return { same, placeScore, talented };
}

interface PageRow {
  personId: string;
  hoursPerWeek: number | null;
  matched: number;
  same: number;
}

/**
 * Reads the opening a search is ranked against, and the talents it wants, with statements
 * prepared once, into the request's loaders: getOpportunity then decides from them, as
 * everywhere, whether the viewer may see the opening.
 */
async function readOpening(ctx: GraphQLContext, id: string): Promise<void> {
  const o = schema.opportunities;
  const wanted = schema.opportunityTalents;
  const [row] = await shapedRead(ctx.db, 'candidates.opening', (value) => {
    const key = value('id', id);
    return () => ctx.db.select().from(o).where(sql`${o.id} = ${key}`);
  });
  const talents = await shapedRead(ctx.db, 'candidates.openingTalents', (value) => {
    const key = value('id', id);
    return () => ctx.db.select().from(wanted).where(sql`${wanted.opportunityId} = ${key}`);
  });
  ctx.loaders.opportunity.prime(id, row ?? null);
  ctx.loaders.talentsOfOpportunity.prime(id, talents);
}

/**
 * How many visible candidates the filter finds, over all pages, archived left out: those it
 * finds, less the archived among them. Apart, each count reads only its own index; with the
 * archived rule in it, SQLite tests every visible profile against the archived list (three
 * times slower at 20,000). The archived among them are counted only when some visible
 * participant is archived at all (one read of the archived index).
 */
async function countCandidates(ctx: GraphQLContext, filter: CandidateFilterInput): Promise<number> {
  // With a search the count is cheapest driven from the full-text matches; SQLite must not
  // walk the visibility index instead (three times slower at 20,000).
  const search = Boolean(filter.search);
  const counted = async (archived: boolean) => {
    const kind = `candidates.count.${search ? 'search' : 'plain'}.${archived ? 'archived' : 'all'}`;
    const [row] = await shapedRead<{ value: number }>(ctx.db, kind, (value) => {
      const conditions = filterConditions(filter, value);
      return () =>
        ctx.db
          .select({ value: count() })
          .from(p)
          .where(
            and(
              search ? sql`${notIndexed(p.visibleToEmployers)} = true` : eq(p.visibleToEmployers, true),
              ...conditions,
              archived ? inArray(p.personId, archivedPeople(ctx)) : undefined,
            ),
          );
    });
    return Number(row?.value ?? 0);
  };
  const [archivedVisible] = await shapedRead<{ value: number }>(ctx.db, 'candidates.count.archivedVisible', () => () =>
    ctx.db
      .select({ value: count() })
      .from(p)
      .where(and(eq(p.visibleToEmployers, true), inArray(p.personId, archivedPeople(ctx)))),
  );
  const found = await counted(false);
  return Number(archivedVisible?.value ?? 0) > 0 ? found - (await counted(true)) : found;
}

/**
 * Whether one wanted talent outweighs the same municipality and enough hours together: then
 * every candidate with a wanted talent ranks above every candidate without one.
 */
const TALENT_FIRST = MATCH_POINTS_PER_TALENT > MATCH_POINTS_SAME_MUNICIPALITY + MATCH_POINTS_HOURS_FIT;

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
    await readOpening(ctx, args.rankFor);
    opening = await getOpportunity(ctx, args.rankFor).catch(() => {
      throw notFound('opening', args.rankFor ?? '', 'rankFor');
    });
  }
  const wanted = opening ? await opportunityTalents(ctx, opening) : [];
  const ranking: Ranking | undefined = opening
    ? { municipality: opening.municipalityNumber, hours: opening.hoursPerWeek, wanted: wanted.map((name) => name.toLowerCase()) }
    : undefined;
  // Archived participants are out of every list, the candidates too (people_archived_idx keeps this cheap).
  const listed = (conditions: SQL[]) => and(eq(p.visibleToEmployers, true), ...conditions, notInArray(p.personId, archivedPeople(ctx)));
  const columns = (matched: SQL<number>, same: SQL<number>) => ({ personId: p.personId, hoursPerWeek: p.hoursPerWeek, matched, same });
  // Newest first, in the order of the candidates index, so an unranked page stops early.
  const order = () => [desc(p.updatedAt), desc(p.personId)];
  const page = (value: Value) => ({ limit: value('limit', size + 1) as Placeholder, offset: value('offset', offset) as Placeholder });
  // Every statement below is prepared once per shape of search (shaped-reads.ts); the kind
  // names what else decides its SQL.
  let rows: PageRow[];
  if (ranking) {
    const ranked = (among: 'matched' | 'all' | 'unmatched') =>
      shapedRead<PageRow>(ctx.db, `candidates.ranked.${among}`, (value) => {
        const { same, placeScore, talented } = matchParts(ctx, ranking, value);
        const conditions = filterConditions(filter, value);
        const { limit, offset: skip } = page(value);
        return () => {
          if (among === 'unmatched') {
            return ctx.db
              .select(columns(sql<number>`0`, same))
              .from(p)
              .where(listed(conditions))
              .orderBy(desc(placeScore), ...order())
              .limit(limit)
              .offset(skip);
          }
          const { counts, matched, score } = talented();
          const query =
            among === 'matched'
              ? ctx.db.select(columns(matched, same)).from(counts).innerJoin(p, eq(p.personId, counts.personId))
              : ctx.db.select(columns(matched, same)).from(p).leftJoin(counts, eq(counts.personId, p.personId));
          return query
            .where(listed(conditions))
            .orderBy(desc(score), ...order())
            .limit(limit)
            .offset(skip);
        };
      });
    if (!ranking.wanted.length) {
      // No talent wanted: place and hours are the whole score.
      rows = await ranked('unmatched');
    } else if (!TALENT_FIRST) {
      rows = await ranked('all');
    } else {
      // A candidate with a wanted talent outranks every candidate without one (TALENT_FIRST),
      // so the ranking is those with a wanted talent, ranked, then the rest by place and hours
      // alone. While the page lies among the first, they are all that need ranking: a few
      // hundred rows from the talents index instead of every visible profile.
      const first = await ranked('matched');
      if (first.length > size) rows = first;
      else if (offset === 0) {
        // The first page holds all of them; the rest of it are the best of the others, ranked
        // without joining the talents (any with a wanted talent among those are in `first`).
        const matched = new Set(first.map((row) => row.personId));
        const others = (await ranked('unmatched')).filter((row) => !matched.has(row.personId));
        rows = [...first, ...others].slice(0, size + 1);
      } else rows = await ranked('all');
    }
  } else {
    rows = await shapedRead<PageRow>(ctx.db, 'candidates.newest', (value) => {
      const conditions = filterConditions(filter, value);
      const { limit, offset: skip } = page(value);
      return () =>
        ctx.db
          .select(columns(sql<number>`0`, sql<number>`0`))
          .from(p)
          .where(listed(conditions))
          .orderBy(...order())
          .limit(limit)
          .offset(skip);
    });
  }
  // A page with no next page tells the count itself (unless it is empty past the first page).
  const total = rows.length <= size && (rows.length > 0 || offset === 0) ? offset + rows.length : await countCandidates(ctx, filter);
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
    totalCount: total,
  };
}
