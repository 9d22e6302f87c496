import { and, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { schema } from '@brobygger/db';
import type { PersonRow } from '@brobygger/db/schema';
import { toMonth } from './months';
import { PROFILE_PARTS, type ProfilePart } from './policy';
import { noteProfileRead } from './profile-reads';
import { RESEARCH_PSEUDONYM } from './pseudonyms';
import { INTRODUCTION_REVEAL_MONTHS } from '@brobygger/domain';
import type { GraphQLContext } from '../context';

/**
 * How the viewer may see a person (DESIGN.md, "Privacy is part of the product"):
 * - `full`: name and contact as stored;
 * - `pseudonymous`: the stable pseudonym instead of the name, no contact, no title;
 * - `hidden`: left out of lists; `person(id)` refuses; reached through another type anyway,
 *   it shows as `pseudonymous` with nothing else.
 *
 * The rules, by role:
 * - COORDINATOR: everyone `full`.
 * - ADMIN: `full` name and contact (to link accounts), never a profile or ties.
 * - RESEARCHER: people who are not participants `full` (they are professionals); participants
 *   with `shareForResearch` `pseudonymous` under the research pseudonym, as id and as name, with
 *   no profile, no ties and dates only to the month; other participants `hidden`.
 * - EMPLOYER: people of their own organisation who are not participants `full`; a participant
 *   `full` only while an introduction from the employer's organisation is ACCEPTED, was
 *   answered less than 6 months ago, and the participant is still visible to employers;
 *   everyone else `hidden` (candidates are seen as cards elsewhere, never as people).
 * - PARTICIPANT: themselves and people who are not participants `full`; other participants `hidden`.
 * - Archived people are `hidden` from everyone but coordinators, the admin and themselves.
 */
export type Visibility = 'full' | 'pseudonymous' | 'hidden';

/** The one id every participant gets whom a participant may not identify (DESIGN.md: "a participant"): nothing to tell them apart. */
export const A_PARTICIPANT = 'participant';

const NONE: ReadonlySet<ProfilePart> = new Set();

function isSelf(ctx: GraphQLContext, person: PersonRow): boolean {
  return ctx.viewer?.role === 'PARTICIPANT' && ctx.viewer.personId === person.id;
}

/**
 * True while an ACCEPTED introduction from the employer's organisation reveals the participant
 * and the participant is still visible to employers: withdrawing that consent ends every reveal
 * at once.
 */
async function revealedToEmployer(ctx: GraphQLContext, person: PersonRow): Promise<boolean> {
  const organizationId = ctx.viewer?.organizationId;
  if (!organizationId) return false;
  const profile = await ctx.loaders.profile.load(person.id);
  if (!profile?.visibleToEmployers) return false;
  const since = new Date(ctx.now());
  since.setUTCMonth(since.getUTCMonth() - INTRODUCTION_REVEAL_MONTHS);
  const introductions = await ctx.loaders.introductionsOfParticipant.load(person.id);
  return introductions.some(
    (i) =>
      i.status === 'ACCEPTED' &&
      i.organizationId === organizationId &&
      i.answeredAt !== null &&
      i.answeredAt >= since.toISOString(),
  );
}

/** The one decision: how the viewer may see this person row. */
export async function personVisibility(ctx: GraphQLContext, person: PersonRow): Promise<Visibility> {
  const viewer = ctx.viewer;
  if (!viewer) return 'hidden';
  // An archived person is out of everyone's view but the coordinators' (who archived them, and
  // may restore them), the admin's (accounts) and their own.
  if (person.archivedAt !== null && viewer.role !== 'COORDINATOR' && viewer.role !== 'ADMIN' && !isSelf(ctx, person)) return 'hidden';
  switch (viewer.role) {
    case 'COORDINATOR':
    case 'ADMIN':
      return 'full';
    case 'RESEARCHER': {
      if (!person.isParticipant) return 'full';
      // Read per request, so withdrawn consent counts from the next request on.
      const profile = await ctx.loaders.profile.load(person.id);
      return profile?.shareForResearch ? 'pseudonymous' : 'hidden';
    }
    case 'EMPLOYER':
      if (!person.isParticipant) {
        return viewer.organizationId !== null && person.organizationId === viewer.organizationId
          ? 'full'
          : 'hidden';
      }
      return (await revealedToEmployer(ctx, person)) ? 'full' : 'hidden';
    case 'PARTICIPANT':
      return !person.isParticipant || isSelf(ctx, person) ? 'full' : 'hidden';
    default:
      return 'hidden';
  }
}

/** The parts of the participant profile the viewer may see; empty for no profile at all. */
export async function visibleProfileParts(
  ctx: GraphQLContext,
  person: PersonRow,
): Promise<ReadonlySet<ProfilePart>> {
  if (!person.isParticipant) return NONE;
  const role = ctx.viewer?.role;
  if (role === 'COORDINATOR' || isSelf(ctx, person)) return new Set(PROFILE_PARTS.COORDINATOR);
  // Researchers get no participant-level profile at all: status, municipality and the rest
  // are quasi-identifiers, shown to them only as suppressed aggregates (statistics).
  if (role !== 'EMPLOYER') return NONE;
  return (await personVisibility(ctx, person)) === 'full' ? new Set(PROFILE_PARTS.EMPLOYER) : NONE;
}

/** Whether the viewer may follow the person's ties: connections, memberships, agreements, affiliation. */
export async function mayFollowTies(ctx: GraphQLContext, person: PersonRow): Promise<boolean> {
  const role = ctx.viewer?.role;
  if (role === 'COORDINATOR') return true;
  // An employer learns a revealed participant's name and card, never their other ties; a
  // researcher sees a participant's position only in the pseudonymised graph.
  if (role === 'ADMIN' || ((role === 'EMPLOYER' || role === 'RESEARCHER') && person.isParticipant)) return false;
  return (await personVisibility(ctx, person)) === 'full';
}

/** Whether the profile of the person with this id shows a part to the viewer. */
export async function mayShowProfilePart(
  ctx: GraphQLContext,
  personId: string,
  part: ProfilePart,
): Promise<boolean> {
  const person = await ctx.loaders.person.load(personId);
  if (!person) return false;
  return (await visibleProfileParts(ctx, person)).has(part);
}

/**
 * Whether a tie to this person (a connection, a membership) may stand in a list the viewer
 * reads, nested or not: only to people the viewer sees in full. A researcher's pseudonymous
 * participant appears in the people list and the pseudonymised graph only, never beside a
 * named professional (whose ties would give the participant's caseworker, provider, municipality).
 */
export async function visiblePersonId(ctx: GraphQLContext, personId: string | null): Promise<boolean> {
  if (!personId) return true;
  const person = await ctx.loaders.person.load(personId);
  return person !== null && (await personVisibility(ctx, person)) === 'full';
}

/**
 * A person's name as the viewer may see it: a pseudonymous participant's research pseudonym
 * (researchers' only view of them); for anyone else who may not see the person, nothing — a
 * research pseudonym next to a real id would tie the two together.
 */
export async function visibleName(ctx: GraphQLContext, person: PersonRow): Promise<string> {
  const visibility = await personVisibility(ctx, person);
  if (visibility === 'pseudonymous') return ctx.pseudonyms.research(person.id);
  if (visibility === 'hidden') return '';
  noteProfileRead(ctx, person);
  return person.name;
}

/** A person's id as the viewer may see it: the research pseudonym stands in for a pseudonymous participant's id. */
export async function visibleId(ctx: GraphQLContext, person: PersonRow): Promise<string> {
  return (await personVisibility(ctx, person)) === 'pseudonymous' ? ctx.pseudonyms.research(person.id) : person.id;
}

/**
 * A date (or timestamp) of a person as the viewer may see it: to the month for a pseudonymous
 * participant, and for an admin looking at a participant (accounts need a name and an e-mail,
 * not when someone joined).
 */
export async function visibleDate<T extends string | null>(ctx: GraphQLContext, person: PersonRow, value: T): Promise<T> {
  if (ctx.viewer?.role === 'ADMIN' && person.isParticipant) return toMonth(value);
  return (await personVisibility(ctx, person)) === 'pseudonymous' ? toMonth(value) : value;
}

/**
 * The person a viewer's id stands for: a researcher names consenting participants by research
 * pseudonym only (a real participant id is unknown to them); everyone else by id.
 */
export async function personOfViewerId(ctx: GraphQLContext, id: string): Promise<PersonRow | null> {
  if (ctx.viewer?.role === 'RESEARCHER') {
    if (RESEARCH_PSEUDONYM.test(id)) {
      const known = ctx.pseudonyms.research.known(id);
      const personId = known ?? ctx.pseudonyms.research.find(id, await researchParticipantIds(ctx));
      const person = personId ? await ctx.loaders.person.load(personId) : null;
      return person && (await personVisibility(ctx, person)) === 'pseudonymous' ? person : null;
    }
    const person = await ctx.loaders.person.load(id);
    return person && !person.isParticipant ? person : null;
  }
  return ctx.loaders.person.load(id);
}

async function researchParticipantIds(ctx: GraphQLContext): Promise<string[]> {
  const p = schema.participantProfiles;
  const rows = await ctx.db.select({ id: p.personId }).from(p).where(eq(p.shareForResearch, true));
  return rows.map((row) => row.id);
}

/** A contact field (email, phone, title) as the viewer may see it. */
export async function visibleContact<K extends 'email' | 'phone' | 'title'>(
  ctx: GraphQLContext,
  person: PersonRow,
  field: K,
): Promise<PersonRow[K]> {
  if ((await personVisibility(ctx, person)) !== 'full') return null;
  // An admin links accounts by name and e-mail; a participant's phone and title are not for them.
  if (ctx.viewer?.role === 'ADMIN' && person.isParticipant && field !== 'email') return null;
  noteProfileRead(ctx, person);
  return person[field];
}

/**
 * The same rules as an SQL condition on `people`, for lists: rows the viewer would see as
 * `hidden` are left out before paging, so counts and pages never reveal them.
 */
export function peopleScope(ctx: GraphQLContext): SQL | undefined {
  const t = schema.people;
  const viewer = ctx.viewer;
  if (!viewer) return sql`false`;
  switch (viewer.role) {
    case 'COORDINATOR':
      return undefined;
    case 'ADMIN':
      return undefined;
    case 'RESEARCHER':
      return and(isNull(t.archivedAt), or(
        eq(t.isParticipant, false),
        inArray(
          t.id,
          ctx.db
            .select({ id: schema.participantProfiles.personId })
            .from(schema.participantProfiles)
            .where(eq(schema.participantProfiles.shareForResearch, true)),
        ),
      ));
    case 'EMPLOYER':
      // Revealed participants are reached through their introduction, not through lists.
      return and(eq(t.isParticipant, false), eq(t.organizationId, viewer.organizationId ?? ''), isNull(t.archivedAt));
    case 'PARTICIPANT':
      return or(eq(t.id, viewer.personId ?? ''), and(eq(t.isParticipant, false), isNull(t.archivedAt)));
    default:
      return sql`false`;
  }
}

/** Free-text notes about a participant (status changes) are coordinator work: nobody else reads them, the participant included. */
export function mayReadNotes(ctx: GraphQLContext): boolean {
  return ctx.viewer?.role === 'COORDINATOR';
}
