import { badInput } from '../../lib/errors';

/**
 * Cursors of the candidate list are offsets: a keyset cursor would have to carry the person
 * id of the last card, which an employer must not learn.
 */
export function encodeOffset(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

export function decodeOffset(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  try {
    const value = (JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o?: unknown })
      .o;
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  } catch {
    // fall through to the error below
  }
  throw badInput('after', 'This cursor is not one the API gave out.', { reason: 'BAD_CURSOR' });
}
