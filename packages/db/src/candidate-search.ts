import { sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';

/**
 * The one SQLite-only piece of candidate search: FTS5 over participants' talents and goals.
 * The index (`candidate_search`, over `candidate_search_docs`) and the triggers that keep it
 * in step with every insert, update and delete of a talent or goal are created by migration
 * 0003_candidate_search. On PostgreSQL this module would become a tsvector query.
 */

/** Longest word list sent to FTS5; more words only narrow a search that already finds little. */
const MAX_TERMS = 12;

/**
 * The user's text as an FTS5 query: every word must occur (as a prefix, so "sveis" finds
 * "sveising"), with FTS5's own syntax (quotes, NEAR, column filters) taken as plain text.
 * Returns null when the text holds no word at all.
 */
export function toFtsQuery(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!words.length) return null;
  return words
    .slice(0, MAX_TERMS)
    .map((word) => `"${word}"*`)
    .join(' ');
}

/**
 * An SQL condition: `personId` has a talent or goal matching `text`. Null when the text holds
 * no word (then the search does not narrow anything).
 */
export function matchesCandidateSearch(personId: SQLiteColumn, text: string): SQL | null {
  const query = toFtsQuery(text);
  if (!query) return null;
  return sql`${personId} IN (SELECT d.person_id FROM candidate_search_docs d WHERE d.rowid IN (SELECT rowid FROM candidate_search WHERE candidate_search MATCH ${query}))`;
}
