import { and, sql, type SQL } from 'drizzle-orm';
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
 * The user's text as FTS5 terms, one per word, each a quoted prefix ("sveis" finds
 * "sveising"), so FTS5's own syntax (quotes, NEAR, column filters) is taken as plain text.
 */
export function toFtsTerms(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.slice(0, MAX_TERMS).map((word) => `"${word}"*`);
}

/**
 * An SQL condition: every word of `text` occurs in some talent or goal of `personId` (words
 * may sit in different talents or goals). Null when the text holds no word, so the search
 * does not narrow anything.
 */
export function matchesCandidateSearch(personId: SQLiteColumn, text: string): SQL | null {
  const terms = toFtsTerms(text);
  if (!terms.length) return null;
  const conditions = terms.map(
    (term) =>
      sql`${personId} IN (SELECT d.person_id FROM candidate_search_docs d WHERE d.rowid IN (SELECT rowid FROM candidate_search WHERE candidate_search MATCH ${term}))`,
  );
  return and(...conditions) ?? null;
}
