import { createHmac } from 'node:crypto';

export type Pseudonymizer = (personId: string) => string;

/**
 * Stable pseudonyms for participants: a keyed hash (HMAC-SHA256) of the id with a server
 * secret, so the same participant always gets the same pseudonym, and nobody without the
 * secret can turn a pseudonym back into an id by trying ids.
 */
export function makePseudonymizer(secret: string): Pseudonymizer {
  const cache = new Map<string, string>();
  return (personId) => {
    let pseudonym = cache.get(personId);
    if (!pseudonym) {
      const digest = createHmac('sha256', secret).update(personId).digest('hex');
      pseudonym = `P-${digest.slice(0, 10).toUpperCase()}`;
      cache.set(personId, pseudonym);
    }
    return pseudonym;
  };
}
