import { and, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { activeDialect } from './dialect';

/**
 * Candidate search over participants' talents and goals, the one full-text piece of the
 * product, one condition per word on either dialect:
 *
 * - SQLite: FTS5 (`candidate_search`, an external-content index over `candidate_search_docs`,
 *   kept in step by triggers; migration 0003_candidate_search). A word matches as a prefix of
 *   a word ("sveis" finds "sveising"), diacritics removed.
 * - PostgreSQL: a `tsvector` with the Norwegian configuration, so a word matches as a prefix
 *   of a stemmed word, or (for three characters or more) a trigram match anywhere in the text,
 *   so part of a word matches too ("veis" finds "sveising"); both from indexes on the
 *   talents' and goals' own columns
 *   (migration 0001_search_and_counters of the PostgreSQL set).
 *
 * The ranking and its reasons are computed around this condition in the API, the same for both.
 */

/** Longest word list searched for; more words only narrow a search that already finds little. */
const MAX_TERMS = 12;

/** The words of the user's text, lower-cased; FTS or tsquery syntax in it is plain text. */
export function searchWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_TERMS);
}

/** The user's text as FTS5 terms, one per word, each a quoted prefix. */
export function toFtsTerms(text: string): string[] {
  return searchWords(text).map((word) => `"${word}"*`);
}

/**
 * How a value enters the condition: by default as itself (a bound parameter); a caller that
 * prepares its statement once per shape of search passes one that returns a named placeholder
 * (`sql.placeholder(name)`) and keeps the value under that name. The names are `search0`,
 * `search1`, … (and `search0like`, … on PostgreSQL), so equal names mean equal SQL.
 */
export type SearchValue = (name: string, value: string) => unknown;

const asItself: SearchValue = (_name, value) => value;

const sqliteWord = (personId: AnyColumn, word: string, name: string, value: SearchValue) =>
  sql`${personId} IN (SELECT d.person_id FROM candidate_search_docs d WHERE d.rowid IN (SELECT rowid FROM candidate_search WHERE candidate_search MATCH ${value(name, `"${word}"*`)}))`;

/** Trigrams need three characters: a shorter part of a word would scan every talent and goal. */
const MIN_PART_LENGTH = 3;

function postgresWord(personId: AnyColumn, word: string, name: string, value: SearchValue): SQL {
  const query = sql`to_tsquery('norwegian', ${value(name, `${word}:*`)})`;
  const matches = (column: SQL) =>
    [...word].length >= MIN_PART_LENGTH
      ? sql`(to_tsvector('norwegian', ${column}) @@ ${query} OR lower(${column}) LIKE ${value(`${name}like`, `%${word}%`)})`
      : sql`to_tsvector('norwegian', ${column}) @@ ${query}`;
  return sql`${personId} IN (
    SELECT t.person_id FROM talents t WHERE ${matches(sql`t.name`)}
    UNION ALL
    SELECT g.person_id FROM goals g WHERE ${matches(sql`g.text`)})`;
}

/**
 * An SQL condition: every word of `text` occurs in some talent or goal of `personId` (words
 * may sit in different talents or goals). Null when the text holds no word, so the search
 * does not narrow anything. `value` places the words' values (SearchValue).
 */
export function matchesCandidateSearch(personId: AnyColumn, text: string, value: SearchValue = asItself): SQL | null {
  const words = searchWords(text);
  if (!words.length) return null;
  const word = activeDialect === 'postgres' ? postgresWord : sqliteWord;
  return and(...words.map((each, i) => word(personId, each, `search${i}`, value))) ?? null;
}
