import { or, type AnyColumn, type SQL } from 'drizzle-orm';
import { likeIgnoringCase } from '@brobygger/db';
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
 * The condition "one of the columns contains the search text", ignoring case. The text matches as
 * typed: "50%" finds "50%", not "500". A text that breaks the rules is refused with
 * BAD_USER_INPUT on `field`.
 */
export function containsText(
  columns: AnyColumn | SQL | readonly (AnyColumn | SQL)[],
  text: string,
  field = 'filter.search',
): SQL {
  const pattern = `%${escapeLike(validate(searchText, text, field))}%`;
  const each = (Array.isArray(columns) ? columns : [columns]) as (AnyColumn | SQL)[];
  return or(...each.map((column) => likeIgnoringCase(column, pattern)))!;
}
