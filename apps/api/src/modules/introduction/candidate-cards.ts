import { and, asc, eq, inArray } from 'drizzle-orm';
import { schema, type Db } from '@brobygger/db';
import { toCandidateCard, type CandidateMatch, type IntroductionStatus } from '@brobygger/domain';
import type { GraphQLContext } from '../../context';
import type { CandidateCard } from '../../generated/resolvers';
import { notFound } from '../../lib/errors';
import { CARD_ID, COORDINATOR_CARDS, type Audience } from '../../privacy/pseudonyms';
import { statusNow } from '../../privacy/introductions';

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

/**
 * Builds the pseudonymous cards of these participants, in the order given, with one query per
 * kind of row (loaders). Only CANDIDATE_CARD_FIELDS (and, for coordinators, the status) are copied, so a field
 * added to the profile later stays hidden from employers until added there on purpose.
 */
export async function candidateCards(
  ctx: GraphQLContext,
  personIds: readonly string[],
  matches?: ReadonlyMap<string, CandidateMatch>,
  cards: Audience = cardsOf(ctx),
): Promise<CandidateCard[]> {
  const [rows, talents, goals, industries, introductions] = await Promise.all([
    ctx.loaders.profile.loadMany(personIds),
    ctx.loaders.talentsOfPerson.loadMany(personIds),
    ctx.loaders.goalsOfPerson.loadMany(personIds),
    ctx.loaders.wishedIndustriesOfPerson.loadMany(personIds),
    ownIntroductionStatuses(ctx, personIds),
  ]);
  const list = <T>(value: T[] | Error | undefined): T[] => (Array.isArray(value) ? value : []);
  return personIds.flatMap((personId, index) => {
    const profile = rows[index];
    if (!profile || profile instanceof Error) return [];
    const source = {
      ...profile,
      talents: list(talents[index]).map((talent) => ({ name: talent.name, level: talent.level })),
      goals: list(goals[index]).map((goal) => ({ text: goal.text, status: goal.status })),
      wishedIndustries: list(industries[index]).map((row) => row.industry).sort(),
    };
    const cardId = cards(personId);
    return [
      {
        id: cardId,
        pseudonym: cardId,
        // Not on an employer's card (DESIGN.md lists what is): a status can tell sick leave or benefits.
        status: ctx.viewer?.role === 'EMPLOYER' ? null : profile.status,
        ...toCandidateCard(source),
        match: matches?.get(personId) ?? null,
        introductionStatus: introductions.get(personId) ?? null,
      },
    ];
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
