import { createHmac, hkdfSync } from 'node:crypto';

/** One audience's pseudonyms: a keyed hash of the person id, and the way back for ids it made. */
export interface Audience {
  (personId: string): string;
  /** The person behind a pseudonym this process has already made, if any (a cache, not proof). */
  known(pseudonym: string): string | undefined;
  /** The person among these candidates whose pseudonym this is, or undefined (computes what the cache lacks). */
  find(pseudonym: string, candidates: Iterable<string>): string | undefined;
}

/**
 * Pseudonyms per audience (DESIGN.md, "Privacy is part of the product"). Each audience has its
 * own key derived from PSEUDONYM_SECRET, so no two audiences share a pseudonym for a person
 * and nobody without the secret can link them or turn one back into a person id:
 * - `research`: the researchers' pseudonyms (`R-…`), in every researcher's answer;
 * - `cards(organizationId)`: candidate card ids (`C-…`), keyed by the employer's organisation,
 *   so two organisations cannot match their cards of one person.
 * None has the shape of a person id (`per_…`) or of another audience's pseudonym.
 */
export interface Pseudonyms {
  research: Audience;
  cards(organizationId: string): Audience;
}

/** Cards for coordinators, who see every participant by name anyway, share one key. */
export const COORDINATOR_CARDS = 'coordinators';

export const RESEARCH_PSEUDONYM = /^R-[0-9A-F]{12}$/;
export const CARD_ID = /^C-[0-9A-F]{12}$/;

function audienceKey(secret: string, audience: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'brobygger-pseudonyms', audience, 32));
}

function makeAudience(key: Buffer, prefix: string): Audience {
  const pseudonyms = new Map<string, string>();
  const people = new Map<string, string>();
  const pseudonymize = (personId: string) => {
    let pseudonym = pseudonyms.get(personId);
    if (!pseudonym) {
      const digest = createHmac('sha256', key).update(personId).digest('hex');
      pseudonym = `${prefix}-${digest.slice(0, 12).toUpperCase()}`;
      pseudonyms.set(personId, pseudonym);
      people.set(pseudonym, personId);
    }
    return pseudonym;
  };
  const find = (pseudonym: string, candidates: Iterable<string>) => {
    // A pseudonym belongs to one person: once known, the answer is whether that person is a candidate.
    const cached = people.get(pseudonym);
    for (const personId of candidates) {
      if (cached ? personId === cached : pseudonymize(personId) === pseudonym) return personId;
    }
    return undefined;
  };
  return Object.assign(pseudonymize, { known: (pseudonym: string) => people.get(pseudonym), find });
}

/** One per secret for the life of the process: the hashes are the same for every request. */
const bySecret = new Map<string, Pseudonyms>();

export function makePseudonyms(secret: string): Pseudonyms {
  const existing = bySecret.get(secret);
  if (existing) return existing;
  const research = makeAudience(audienceKey(secret, 'research'), 'R');
  const cardKey = audienceKey(secret, 'employer-cards');
  const cards = new Map<string, Audience>();
  const pseudonyms: Pseudonyms = {
    research,
    cards(organizationId) {
      let audience = cards.get(organizationId);
      if (!audience) {
        // A key per organisation, derived from the cards' key: one organisation's card ids say
        // nothing about another's.
        audience = makeAudience(Buffer.from(createHmac('sha256', cardKey).update(organizationId).digest()), 'C');
        cards.set(organizationId, audience);
      }
      return audience;
    },
  };
  bySecret.set(secret, pseudonyms);
  return pseudonyms;
}
