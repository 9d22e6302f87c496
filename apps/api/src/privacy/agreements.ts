import { exists, not, sql, type SQL } from 'drizzle-orm';
import { schema } from '@brobygger/db';
import type { GraphQLContext } from '../context';
import { personOfViewerId, personVisibility } from './people';
import { RESEARCH_PSEUDONYM } from './pseudonyms';
import { entityOfResearchId } from './research-ids';

const t = schema.agreements;
const p = schema.agreementParties;

function hasParty(partyId: string): SQL {
  return exists(
    sql`(SELECT 1 FROM ${p} WHERE ${p.agreementId} = ${t.id} AND (${p.personId} = ${partyId} OR ${p.organizationId} = ${partyId}))`,
  );
}

/**
 * A party who keeps an agreement from researchers: a participant who does not share for
 * research (or was erased, which leaves no profile). `person` and `profile` name the party's
 * `people` and `participant_profiles` rows in the caller's query; the graph's reader uses the
 * same rule for its agreement edges.
 */
export function withholdsAgreementFromResearch(person: string, profile: string): SQL {
  const [pe, pr] = [sql.raw(person), sql.raw(profile)];
  return sql`(${pe}.is_participant = true AND coalesce(${pr}.share_for_research, false) = false)`;
}

/** An agreement with such a party. */
const hasNonSharingParticipant = exists(sql`(
  SELECT 1 FROM ${p}
  JOIN ${schema.people} pe ON pe.id = ${p.personId}
  LEFT JOIN ${schema.participantProfiles} pr ON pr.person_id = pe.id
  WHERE ${p.agreementId} = ${t.id} AND ${withholdsAgreementFromResearch('pe', 'pr')}
)`);

/**
 * Which agreements the viewer sees, as an SQL condition on `agreements`: employers their
 * organisation's, participants their own, researchers only those whose every participant
 * party shares for research, coordinators all.
 */
export function agreementScope(ctx: GraphQLContext): SQL | undefined {
  const viewer = ctx.viewer;
  switch (viewer?.role) {
    case 'COORDINATOR':
      return undefined;
    case 'EMPLOYER':
      return hasParty(viewer.organizationId ?? '-');
    case 'PARTICIPANT':
      return hasParty(viewer.personId ?? '-');
    case 'RESEARCHER':
      return not(hasNonSharingParticipant);
    default:
      return sql`false`;
  }
}

/** The same rule for one agreement, read through the request's loaders. */
export async function mayReadAgreement(ctx: GraphQLContext, agreementId: string): Promise<boolean> {
  const viewer = ctx.viewer;
  if (viewer?.role === 'COORDINATOR') return true;
  const parties = await ctx.loaders.partiesOfAgreement.load(agreementId);
  if (viewer?.role === 'RESEARCHER') {
    for (const party of parties) {
      const person = party.personId ? await ctx.loaders.person.load(party.personId) : null;
      if (!person?.isParticipant) continue;
      if (!(await ctx.loaders.profile.load(person.id))?.shareForResearch) return false;
    }
    return true;
  }
  const own = viewer?.role === 'EMPLOYER' ? viewer.organizationId : viewer?.role === 'PARTICIPANT' ? viewer.personId : null;
  return Boolean(own) && parties.some((party) => party.organizationId === own || party.personId === own);
}

/**
 * Researchers read agreements as participant-level data: without free text (titles, goals,
 * reasons), with dates to the month, with every party under its research pseudonym (the id of
 * its node in their graph) and its sector and role, never as a person or organisation record,
 * and without the network, the opening or the outcome (an outcome of a participant's agreement
 * is their status; it comes as agreementStats' suppressed counts). Named once, an organisation
 * beside a participant would give the participant's organisation and often their municipality.
 */
export function readsAsResearcher(ctx: GraphQLContext): boolean {
  return ctx.viewer?.role === 'RESEARCHER';
}

/** A party's name as a researcher sees it: the research pseudonym of the person or organisation, as in their graph. */
export function researchPartyName(ctx: GraphQLContext, party: { personId: string | null; organizationId: string | null }): string {
  return ctx.pseudonyms.research(party.personId ?? party.organizationId ?? '');
}

/**
 * Whether the viewer may read a person's or an organisation's agreements from that record
 * (`Person.agreements`, `Organization.agreements`): not a researcher, to whom the record is
 * named and the agreements are pseudonymous; the two beside each other would name the parties.
 */
export function mayReadAgreementsOfRecord(ctx: GraphQLContext): boolean {
  return !readsAsResearcher(ctx);
}

/**
 * The party a viewer's `partyId` filter stands for, by the ids that viewer was given: for
 * researchers only a research pseudonym (of a person or an organisation; a real id is refused,
 * research-ids.ts); for others an organisation's id as it is, a person only through
 * `personOfViewerId` and only when the viewer may see them. Null matches nothing, exactly as an
 * unknown id does.
 */
export async function partyOfViewerId(ctx: GraphQLContext, id: string): Promise<string | null> {
  if (readsAsResearcher(ctx)) return entityOfResearchId(ctx, id, 'filter.partyId', ['person', 'organization']);
  if (!RESEARCH_PSEUDONYM.test(id) && !(await ctx.loaders.person.load(id))) return id;
  const person = await personOfViewerId(ctx, id);
  return person && (await personVisibility(ctx, person)) !== 'hidden' ? person.id : null;
}

/** The network a viewer's `networkId` filter of agreements stands for: for researchers only the network's research pseudonym. */
export async function networkOfViewerId(ctx: GraphQLContext, id: string): Promise<string | null> {
  return readsAsResearcher(ctx) ? entityOfResearchId(ctx, id, 'filter.networkId', ['network']) : id;
}
