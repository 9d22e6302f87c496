import { createHmac, hkdfSync } from 'node:crypto';

/**
 * The candidate search's baseline, the parts both dialects share: the question, the card an
 * employer is given (the fields the bench's query selects, in its order), the match reason and
 * the card ids. Each dialect module (sqlite.ts, postgres.ts) reads the rows with its own SQL;
 * this module turns them into the same JSON the API answers, so the baseline does all the work
 * the answer needs and nothing more.
 */

/** What an employer may narrow by (the API's CandidateFilter without `statuses`, which employers are refused). */
export interface CandidateFilter {
  search?: string;
  talents?: string[];
  municipalityNumber?: string;
  minHoursPerWeek?: number;
  wishedIndustry?: string;
}

/** One search: `candidates(filter, rankFor, first: 20)`. */
export interface CandidateQuestion {
  rankFor?: string;
  filter?: CandidateFilter;
}

/** An employer's card, field for field as the bench's query selects it. */
export interface CandidateCardJson {
  id: string;
  status: null;
  municipalityName: string | null;
  hoursPerWeek: number | null;
  talents: { name: string; level: string }[];
  goals: { text: string; status: string }[];
  wishedIndustries: string[];
  match: { score: number; reason: string } | null;
}

export interface CandidatePage {
  totalCount: number;
  nodes: CandidateCardJson[];
}

/** The page size the bench asks for. */
export const PAGE = 20;

/** The match weights (packages/domain candidate-match.ts). */
export const POINTS = { talent: 10, municipality: 5, hours: 3 } as const;

/** A matched talent outweighs municipality and hours together: those with one rank first. */
export const TALENT_FIRST = POINTS.talent > POINTS.municipality + POINTS.hours;

/** The words of a search text, as the API splits them (packages/db candidate-search.ts). */
export function searchWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
}

/** The opening a search is ranked against. */
export interface Opening {
  municipality: string | null;
  hours: number | null;
  /** Talent names it wants, lower-cased. */
  wanted: string[];
}

/** One ranked or listed row: the person and, when ranked, what the score is made of. */
export interface PageRow {
  person_id: string;
  hours_per_week: number | null;
  matched: number;
  same: number;
}

export interface CardRows {
  profiles: {
    person_id: string;
    municipality_name: string | null;
    hours_per_week: number | null;
  }[];
  talents: { person_id: string; name: string; level: string; position: number }[];
  goals: {
    person_id: string;
    text: string;
    status: string;
    position: number;
    target_date: string | null;
  }[];
  industries: { person_id: string; industry: string }[];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function grouped<T extends { person_id: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.person_id);
    if (group) group.push(row);
    else groups.set(row.person_id, [row]);
  }
  return groups;
}

function match(row: PageRow, opening: Opening): { score: number; reason: string } {
  const matched = Number(row.matched);
  const fit =
    row.hours_per_week == null || opening.hours == null
      ? null
      : row.hours_per_week >= opening.hours;
  const same = Boolean(Number(row.same));
  const parts: string[] = [];
  const wanted = opening.wanted.length;
  if (wanted > 0) parts.push(`${matched} of ${wanted} talent${wanted === 1 ? '' : 's'}`);
  if (same) parts.push('same municipality');
  if (fit === true) parts.push('enough hours');
  if (fit === false) parts.push(`${row.hours_per_week} of ${opening.hours} hours`);
  return {
    score: matched * POINTS.talent + (same ? POINTS.municipality : 0) + (fit ? POINTS.hours : 0),
    reason: parts.length ? parts.join(', ') : 'no match with this opening',
  };
}

/** The page's cards, in the page's order, from the rows read for them. */
export function cards(page: PageRow[], rows: CardRows, opening: Opening | null, cardId: (personId: string) => string): CandidateCardJson[] {
  const profiles = new Map(rows.profiles.map((row) => [row.person_id, row]));
  const talents = grouped(rows.talents);
  const goals = grouped(rows.goals);
  const industries = grouped(rows.industries);
  return page.flatMap((row) => {
    const profile = profiles.get(row.person_id);
    if (!profile) return [];
    return [
      {
        id: cardId(row.person_id),
        status: null,
        municipalityName: profile.municipality_name,
        hoursPerWeek: profile.hours_per_week,
        talents: (talents.get(row.person_id) ?? [])
          .sort((a, b) => a.position - b.position || byText(a.name, b.name))
          .map(({ name, level }) => ({ name, level })),
        goals: (goals.get(row.person_id) ?? [])
          .sort((a, b) => a.position - b.position || byText(a.target_date ?? '9999', b.target_date ?? '9999'))
          .map(({ text, status }) => ({ text, status })),
        wishedIndustries: (industries.get(row.person_id) ?? []).map((each) => each.industry).sort(),
        match: opening ? match(row, opening) : null,
      },
    ];
  });
}

/**
 * Whom to rank: those with a wanted talent (`matched`, joined from the talents index), the
 * others by place and hours alone (`unmatched`: everyone, scored without the talents), or
 * everyone with the talent join (`all`).
 */
export type Among = 'matched' | 'unmatched' | 'all';

/** The SQL a dialect module supplies; every read is for the first page of PAGE cards (and one more). */
export interface CandidateReads {
  opening(id: string): Promise<Opening>;
  ranked(among: Among, opening: Opening, filter: CandidateFilter): Promise<PageRow[]>;
  newest(filter: CandidateFilter): Promise<PageRow[]>;
  /** Visible candidates the filter finds (`archived`: only the archived among them). */
  count(filter: CandidateFilter, archived: boolean): Promise<number>;
  /** Visible participants who are archived. */
  archivedVisible(): Promise<number>;
  cardRows(ids: string[]): Promise<CardRows>;
}

/**
 * One search answered as the API answers it (apps/api candidate-service.ts), the same reads in
 * the same order: those with a wanted talent first (they outrank the rest), then the best of
 * the others; the count read only when the page does not tell it, as those found less the
 * archived among them (counted only when some visible participant is archived).
 */
export async function answer(reads: CandidateReads, question: CandidateQuestion, cardId: (personId: string) => string): Promise<CandidatePage> {
  const filter = question.filter ?? {};
  const opening = question.rankFor ? await reads.opening(question.rankFor) : null;
  let rows: PageRow[];
  if (!opening) rows = await reads.newest(filter);
  else if (!opening.wanted.length) rows = await reads.ranked('unmatched', opening, filter);
  else if (!TALENT_FIRST) rows = await reads.ranked('all', opening, filter);
  else {
    const first = await reads.ranked('matched', opening, filter);
    if (first.length > PAGE) rows = first;
    else {
      const matched = new Set(first.map((row) => row.person_id));
      const others = (await reads.ranked('unmatched', opening, filter)).filter((row) => !matched.has(row.person_id));
      rows = [...first, ...others].slice(0, PAGE + 1);
    }
  }
  let totalCount = rows.length;
  if (rows.length > PAGE) {
    const archived = await reads.archivedVisible();
    totalCount = (await reads.count(filter, false)) - (archived > 0 ? await reads.count(filter, true) : 0);
  }
  const page = rows.slice(0, PAGE);
  const cardRows = page.length ? await reads.cardRows(page.map((row) => row.person_id)) : { profiles: [], talents: [], goals: [], industries: [] };
  return { totalCount, nodes: cards(page, cardRows, opening, cardId) };
}

/**
 * The card ids one employer organisation is given: the API's keyed hash (apps/api
 * privacy/pseudonyms.ts) under the server's PSEUDONYM_SECRET, kept per person as the API
 * keeps them, so both sides pay for a hash once per person.
 */
export function employerCardIds(
  secret: string,
  organizationId: string,
): (personId: string) => string {
  const cardsKey = Buffer.from(
    hkdfSync('sha256', secret, 'brobygger-pseudonyms', 'employer-cards', 32),
  );
  const key = createHmac('sha256', cardsKey).update(organizationId).digest();
  const known = new Map<string, string>();
  return (personId) => {
    let id = known.get(personId);
    if (!id) {
      id = `C-${createHmac('sha256', key).update(personId).digest('hex').slice(0, 12).toUpperCase()}`;
      known.set(personId, id);
    }
    return id;
  };
}
