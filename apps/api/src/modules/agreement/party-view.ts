import type { AgreementPartyRow, PersonRow } from '@brobygger/db/schema';
import type { Sector } from '@brobygger/domain';
import type { GraphQLContext } from '../../context';
import { readsAsResearcher, researchPartyName } from '../../privacy/agreements';
import { personVisibility, visibleName } from '../../privacy/people';

/**
 * A party that is a person, as the viewer may see it: the person module's visibility rule
 * decides, so an agreement never shows more of a participant than their own page would.
 */
export async function partyPerson(ctx: GraphQLContext, party: AgreementPartyRow): Promise<PersonRow | null> {
  // A researcher sees every party under its research pseudonym only (privacy/agreements.ts).
  if (!party.personId || readsAsResearcher(ctx)) return null;
  const person = await ctx.loaders.person.load(party.personId);
  return person && (await personVisibility(ctx, person)) === 'full' ? person : null;
}

export async function partyName(ctx: GraphQLContext, party: AgreementPartyRow): Promise<string> {
  if (readsAsResearcher(ctx)) return researchPartyName(ctx, party);
  if (party.organizationId) {
    return (await ctx.loaders.organization.load(party.organizationId))?.name ?? '—';
  }
  const person = party.personId ? await ctx.loaders.person.load(party.personId) : null;
  if (!person) return '—';
  // A party the viewer may not see has no name for them (the web says "a participant"); only
  // a researcher's pseudonymous view carries the research pseudonym.
  return (await personVisibility(ctx, person)) === 'hidden' ? '' : visibleName(ctx, person);
}

export async function partySector(ctx: GraphQLContext, party: AgreementPartyRow): Promise<Sector> {
  const owner = party.personId
    ? await ctx.loaders.person.load(party.personId)
    : await ctx.loaders.organization.load(party.organizationId ?? '');
  return owner?.sector ?? 'CIVIL';
}
