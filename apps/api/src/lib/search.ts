import { sql, type SQL } from 'drizzle-orm';
import { searchField, validateInput, type ValidationError } from '@brobygger/domain';
import { validate } from './validate';

// Trimmed, NFC, at most MAX_SEARCH_LENGTH (200) characters, no control or bidi characters:
// the rules of every written text. A longer search could not match a name anyway.
const searchText = searchField('Search');

/** Why `text` cannot be searched for, or null; for endpoints that answer outside GraphQL. */
export function searchError(text: string): ValidationError | null {
  const result = validateInput(searchText, text);
  return result.ok ? null : result;
}

/** `%` and `_` are LIKE's wildcards and `\` our escape character: each is preceded by `\`. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/**
 * A LIKE pattern matching the search text anywhere in the column, for drizzle's
 * `like(column, likePattern(text))`. The text matches as typed: "50%" finds "50%", not "500".
 * SQLite's LIKE ignores ASCII case; `ESCAPE` is standard SQL, so PostgreSQL reads it too.
 * A text that breaks the rules is refused with BAD_USER_INPUT on `field`.
 */
export function likePattern(text: string, field = 'filter.search'): SQL {
  const cleaned = validate(searchText, text, field);
  return sql`${`%${escapeLike(cleaned)}%`} escape '\\'`;
}
