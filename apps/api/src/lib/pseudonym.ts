import { createHmac } from 'node:crypto';

export interface Pseudonymizer {
  (personId: string): string;
  /** The person behind a pseudonym this process has already made, if any (a cache, not proof). */
  known(pseudonym: string): string | undefined;
}

/** One per secret for the life of the process: the hashes are the same for every request. */
const bySecret = new Map<string, Pseudonymizer>();

/**
 * Stable pseudonyms for participants: a keyed hash (HMAC-SHA256) of the id with a server
 * secret, so the same participant always gets the same pseudonym, and nobody without the
 * secret can turn a pseudonym back into an id by trying ids.
 */
export function makePseudonymizer(secret: string): Pseudonymizer {
  const existing = bySecret.get(secret);
  if (existing) return existing;
  const pseudonyms = new Map<string, string>();
  const people = new Map<string, string>();
  const pseudonymize = (personId: string) => {
    let pseudonym = pseudonyms.get(personId);
    if (!pseudonym) {
      const digest = createHmac('sha256', secret).update(personId).digest('hex');
      pseudonym = `P-${digest.slice(0, 10).toUpperCase()}`;
      pseudonyms.set(personId, pseudonym);
      people.set(pseudonym, personId);
    }
    return pseudonym;
  };
  const pseudonymizer = Object.assign(pseudonymize, { known: (pseudonym: string) => people.get(pseudonym) });
  bySecret.set(secret, pseudonymizer);
  return pseudonymizer;
}
