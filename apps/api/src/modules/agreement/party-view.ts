import type { AgreementPartyRow, PersonRow } from '@brobygger/db/schema';
import type { Sector } from '@brobygger/domain';
import type { GraphQLContext } from '../../context';

/**
 * Whether the viewer may know who a participant party is. Coordinators may; a participant
 * may know themselves; employers and researchers see a pseudonym (an employer learns names
 * only through an accepted introduction, on the person's own page).
 */
export function mayIdentifyParticipant(ctx: GraphQLContext, person: PersonRow): boolean {
  const viewer = ctx.viewer;
  if (!person.isParticipant) return true;
  if (viewer?.role === 'COORDINATOR' || viewer?.role === 'ADMIN') return true;
  return viewer?.role === 'PARTICIPANT' && viewer.personId === person.id;
}

export async function partyPerson(ctx: GraphQLContext, party: AgreementPartyRow): Promise<PersonRow | null> {
  if (!party.personId) return null;
  const person = await ctx.loaders.person.load(party.personId);
  return person && mayIdentifyParticipant(ctx, person) ? person : null;
}

export async function partyName(ctx: GraphQLContext, party: AgreementPartyRow): Promise<string> {
  if (party.organizationId) {
    return (await ctx.loaders.organization.load(party.organizationId))?.name ?? '—';
  }
  const person = party.personId ? await ctx.loaders.person.load(party.personId) : null;
  if (!person) return '—';
  return mayIdentifyParticipant(ctx, person) ? person.name : ctx.pseudonym(person.id);
}

export async function partySector(ctx: GraphQLContext, party: AgreementPartyRow): Promise<Sector> {
  const owner = party.personId
    ? await ctx.loaders.person.load(party.personId)
    : await ctx.loaders.organization.load(party.organizationId ?? '');
  return owner?.sector ?? 'CIVIL';
}
