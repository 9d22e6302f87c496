import DataLoader from 'dataloader';
import { and, asc, eq, inArray, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { schema, type Db } from '@brobygger/db';
import type { GoalRow, ParticipantProfileRow, TalentRow } from '@brobygger/db/schema';
import { toCandidateCard, type CandidateMatch, type IntroductionStatus } from '@brobygger/domain';
import type { GraphQLContext } from '../../context';
import type { CandidateCard } from '../../generated/resolvers';
import { notFound } from '../../lib/errors';
import { CARD_ID, COORDINATOR_CARDS, type Audience } from '../../privacy/pseudonyms';
import { statusNow } from '../../privacy/introductions';
import { throwIfPastDeadline } from '../../lib/deadline';
import { shapedRead } from './shaped-reads';

/** Most participants read in one statement (keeps the id lists well under SQLite's variable limit, four times over). */
const MAX_CARD_BATCH = 500;

const profiles = schema.participantProfiles;

/** The card ids the viewer is given: keyed by the employer's organisation (coordinators share one key). */
export function cardsOf(ctx: GraphQLContext): Audience {
  return ctx.pseudonyms.cards(ctx.viewer?.organizationId ?? COORDINATOR_CARDS);
}

/**
 * For an employer: where its organisation's latest request to each of these participants
 * stands now (a request past its deadline reads as EXPIRED). Nothing for anyone else.
 */
async function ownIntroductionStatuses(ctx: GraphQLContext, personIds: readonly string[]): Promise<Map<string, IntroductionStatus>> {
  const organizationId = ctx.viewer?.role === 'EMPLOYER' ? ctx.viewer.organizationId : null;
  const statuses = new Map<string, IntroductionStatus>();
  if (!organizationId || !personIds.length) return statuses;
  const t = schema.introductions;
  const rows = await ctx.db
    .select()
    .from(t)
    .where(and(eq(t.organizationId, organizationId), inArray(t.participantId, [...personIds])))
    .orderBy(asc(t.createdAt));
  // Oldest first, so the latest request of each participant is the one kept.
  for (const row of rows) statuses.set(row.participantId, statusNow(ctx, row));
  return statuses;
}

/** What a card is made of: the card's own columns of the profile and its lists, nothing else of the participant. */
interface CardSource {
  status: ParticipantProfileRow['status'];
  municipalityNumber: string | null;
  municipalityName: string | null;
  hoursPerWeek: number | null;
  talents: { name: string; level: TalentRow['level'] }[];
  goals: { text: string; status: GoalRow['status'] }[];
  wishedIndustries: string[];
}

/** One row of the card read: `kind` 0 a profile, 1 a talent, 2 a goal, 3 a wished industry; the other columns by kind. */
interface CardPart {
  kind: number;
  personId: string;
  a: string | null;
  b: string | null;
  n: number | null;
  c: string | null;
}

/** Id lists are padded (with their last id) to one of these lengths, so a few prepared statements serve every batch. */
const BATCH_LENGTHS = [1, 2, 5, 10, 20, 50, 100, 200, MAX_CARD_BATCH];

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The cards' rows of these participants in one statement (the profile's card columns, talents,
 * goals, wished industries, united), rather than one per kind: a page of cards is read at once.
 */
async function readCardSources(ctx: GraphQLContext, personIds: readonly string[]): Promise<(CardSource | null)[]> {
  throwIfPastDeadline();
  const length = BATCH_LENGTHS.find((each) => each >= personIds.length) ?? personIds.length;
  const padded = Array.from({ length }, (_, i) => personIds[Math.min(i, personIds.length - 1)]!);
  const parts = await shapedRead<CardPart>(ctx.db, 'candidates.cards', (value) => {
    const ids = sql.join(
      padded.map((id, i) => sql`${value(`id${i}`, id)}`),
      sql`, `,
    );
    return () => {
      const t = schema.talents;
      const g = schema.goals;
      const w = schema.wishedIndustries;
      const text = (column: SQL | AnyColumn) => sql<string | null>`${column}`;
      const number = (column: SQL | AnyColumn) => sql<number | null>`${column}`;
      // The rows are mapped by the first select's fields: columns there are mapped cheapest.
      return ctx.db
        .select({
          kind: sql<number>`0`,
          personId: profiles.personId,
          a: profiles.municipalityNumber,
          b: profiles.municipalityName,
          n: profiles.hoursPerWeek,
          c: text(profiles.status),
        })
        .from(profiles)
        .where(sql`${profiles.personId} IN (${ids})`)
        .unionAll(
          ctx.db
            .select({ kind: sql<number>`1`, personId: t.personId, a: text(t.name), b: text(t.level), n: number(t.position), c: text(sql`NULL`) })
            .from(t)
            .where(sql`${t.personId} IN (${ids})`),
        )
        .unionAll(
          ctx.db
            .select({ kind: sql<number>`2`, personId: g.personId, a: text(g.text), b: text(g.status), n: number(g.position), c: text(g.targetDate) })
            .from(g)
            .where(sql`${g.personId} IN (${ids})`),
        )
        .unionAll(
          ctx.db
            .select({ kind: sql<number>`3`, personId: w.personId, a: text(w.industry), b: text(sql`NULL`), n: number(sql`NULL`), c: text(sql`NULL`) })
            .from(w)
            .where(sql`${w.personId} IN (${ids})`),
        );
    };
  });
  const sources = new Map<string, CardSource>();
  const talents = new Map<string, (CardSource['talents'][number] & { position: number })[]>();
  const goals = new Map<string, (CardSource['goals'][number] & { position: number; targetDate: string | null })[]>();
  const industries = new Map<string, string[]>();
  const add = <T>(lists: Map<string, T[]>, personId: string, item: T) => {
    const list = lists.get(personId);
    if (list) list.push(item);
    else lists.set(personId, [item]);
  };
  for (const part of parts) {
    switch (Number(part.kind)) {
      case 0:
        sources.set(part.personId, {
          status: part.c as CardSource['status'],
          municipalityNumber: part.a,
          municipalityName: part.b,
          hoursPerWeek: part.n,
          talents: [],
          goals: [],
          wishedIndustries: [],
        });
        break;
      case 1:
        add(talents, part.personId, { name: part.a ?? '', level: part.b as TalentRow['level'], position: Number(part.n) });
        break;
      case 2:
        add(goals, part.personId, { text: part.a ?? '', status: part.b as GoalRow['status'], position: Number(part.n), targetDate: part.c });
        break;
      default:
        add(industries, part.personId, part.a ?? '');
    }
  }
  for (const [personId, source] of sources) {
    // In the order the participant and coordinator gave them, as the journey lists them (loaders.ts).
    source.talents = (talents.get(personId) ?? [])
      .sort((a, b) => a.position - b.position || byText(a.name, b.name))
      .map(({ name, level }) => ({ name, level }));
    source.goals = (goals.get(personId) ?? [])
      .sort((a, b) => a.position - b.position || byText(a.targetDate ?? '9999', b.targetDate ?? '9999'))
      .map(({ text, status }) => ({ text, status }));
    source.wishedIndustries = (industries.get(personId) ?? []).sort();
  }
  return personIds.map((personId) => sources.get(personId) ?? null);
}

/** Per request: the cards' rows, one read per batch of participants however many cards ask. */
const cardSourceLoaders = new WeakMap<GraphQLContext, DataLoader<string, CardSource | null>>();

function cardSources(ctx: GraphQLContext): DataLoader<string, CardSource | null> {
  let loader = cardSourceLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader((personIds) => readCardSources(ctx, personIds), { maxBatchSize: MAX_CARD_BATCH });
    cardSourceLoaders.set(ctx, loader);
  }
  return loader;
}

/** Per request: the viewer's organisation's introduction statuses, read only when a card's `introductionStatus` is asked for. */
const introductionLoaders = new WeakMap<GraphQLContext, DataLoader<string, IntroductionStatus | null>>();

/** The participant behind each card this process built, for the card's own fields; never sent. */
const cardPeople = new WeakMap<object, string>();

/**
 * A card's `introductionStatus`: for an employer, where its organisation's latest request to
 * meet this candidate stands; null when it has made none, and for everyone else. Read for the
 * cards that ask for it, one statement per request.
 */
export function introductionStatusOf(ctx: GraphQLContext, card: CandidateCard): Promise<IntroductionStatus | null> | IntroductionStatus | null {
  if (card.introductionStatus !== undefined) return card.introductionStatus;
  const personId = cardPeople.get(card);
  if (!personId || ctx.viewer?.role !== 'EMPLOYER' || !ctx.viewer.organizationId) return null;
  let loader = introductionLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(
      async (personIds) => {
        const statuses = await ownIntroductionStatuses(ctx, personIds);
        return personIds.map((each) => statuses.get(each) ?? null);
      },
      { maxBatchSize: MAX_CARD_BATCH },
    );
    introductionLoaders.set(ctx, loader);
  }
  return loader.load(personId);
}

/**
 * Builds the pseudonymous cards of these participants, in the order given, with one read of
 * their rows (readCardSources). Only CANDIDATE_CARD_FIELDS (and, for coordinators, the status)
 * are copied, so a field added to the profile later stays hidden from employers until added
 * there on purpose. `introductionStatus` is resolved on the card when asked for (introductionStatusOf).
 */
export async function candidateCards(
  ctx: GraphQLContext,
  personIds: readonly string[],
  matches?: ReadonlyMap<string, CandidateMatch>,
  cards: Audience = cardsOf(ctx),
): Promise<CandidateCard[]> {
  const sources = await cardSources(ctx).loadMany(personIds);
  return personIds.flatMap((personId, index) => {
    const source = sources[index];
    if (!source || source instanceof Error) return [];
    const cardId = cards(personId);
    const card: CandidateCard = {
      id: cardId,
      pseudonym: cardId,
      // Not on an employer's card (DESIGN.md lists what is): a status can tell sick leave or benefits.
      status: ctx.viewer?.role === 'EMPLOYER' ? null : source.status,
      ...toCandidateCard(source),
      match: matches?.get(personId) ?? null,
    };
    cardPeople.set(card, personId);
    return [card];
  });
}

/**
 * The card of one participant, or null when they have no profile (erased); by default with the
 * card id the viewer's organisation is given.
 */
export async function candidateCard(ctx: GraphQLContext, personId: string, cards: Audience = cardsOf(ctx)): Promise<CandidateCard | null> {
  return (await candidateCards(ctx, [personId], undefined, cards))[0] ?? null;
}

/**
 * The person behind a card id, server-side only. By default only among participants visible
 * to employers, so a card id stops working the moment consent is withdrawn; `among` narrows
 * the search to known participants (e.g. an opening's shortlist) regardless of consent.
 */
export async function resolveCandidate(
  ctx: GraphQLContext,
  db: Db,
  candidateId: string,
  field: string,
  among?: readonly string[],
): Promise<string> {
  const unknown = () => notFound('candidate', candidateId, field);
  if (!CARD_ID.test(candidateId)) throw unknown();
  const cards = cardsOf(ctx);
  // A card id this process has shown before needs one check of consent, not a scan.
  const known = cards.known(candidateId);
  if (known && (among ? among.includes(known) : (await visibleToEmployers(db, [known])).has(known))) return known;
  const ids =
    among ??
    (
      await db
        .select({ personId: profiles.personId })
        .from(profiles)
        .where(eq(profiles.visibleToEmployers, true))
    ).map((row) => row.personId);
  const personId = cards.find(candidateId, ids);
  if (!personId) throw unknown();
  return personId;
}

/** Of these participants, those visible to employers right now (consent is read per request). */
export async function visibleToEmployers(db: Db, personIds: readonly string[]): Promise<Set<string>> {
  if (!personIds.length) return new Set();
  const rows = await db
    .select({ personId: profiles.personId })
    .from(profiles)
    .where(and(inArray(profiles.personId, [...personIds]), eq(profiles.visibleToEmployers, true)));
  return new Set(rows.map((row) => row.personId));
}
