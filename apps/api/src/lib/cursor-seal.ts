import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Cursors are sealed: encrypted and authenticated with a key derived from PSEUDONYM_SECRET.
 * A cursor holds the sort key and id of the last row of a page — a real person id, an exact
 * date — which a researcher or an employer may not see; sealed, the client learns nothing
 * from it, and a cursor the API did not write cannot be opened (so no forged position can be
 * used to search the keys either). Every instance with the same secret opens the others'.
 */
export interface CursorSeal {
  seal(text: string): string;
  /** The text sealed, or null when the token is not one this secret sealed. */
  open(token: string): string | null;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;
const seals = new Map<string, CursorSeal>();

export function cursorSeal(secret: string): CursorSeal {
  const known = seals.get(secret);
  if (known) return known;
  const key = Buffer.from(hkdfSync('sha256', secret, 'brobygger-cursors', 'cursor', 32));
  const made: CursorSeal = {
    seal(text) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
    },
    open(token) {
      const bytes = Buffer.from(token, 'base64url');
      if (bytes.length <= IV_BYTES + TAG_BYTES) return null;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
        decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
        return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)), decipher.final()]).toString('utf8');
      } catch {
        return null;
      }
    },
  };
  seals.set(secret, made);
  return made;
}
