import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { activeDialect } from './dialect';

/**
 * The few SQL spellings that differ between the dialects, each behind one name. Everything
 * else the services write in raw SQL is common to both (`true`/`false`, `IS NOT DISTINCT
 * FROM`, `CASE`, `coalesce`, `lower`).
 */

/**
 * `column` contains `pattern` (a LIKE pattern with `\` as its escape character), ignoring
 * case: SQLite's LIKE ignores ASCII case, PostgreSQL's ILIKE any case.
 */
export function likeIgnoringCase(column: AnyColumn | SQL, pattern: string): SQL {
  return activeDialect === 'postgres'
    ? sql`${column} ILIKE ${pattern} ESCAPE '\\'`
    : sql`${column} LIKE ${pattern} ESCAPE '\\'`;
}

/**
 * The column's value, kept from the query planner's index choice on SQLite (the unary `+`),
 * where an index on it would be read in place of a better one; PostgreSQL's planner weighs
 * the indexes itself.
 */
export function notIndexed(column: AnyColumn): SQL {
  return activeDialect === 'postgres' ? sql`${column}` : sql`+${column}`;
}

/**
 * One row per string of `values`, in a column named `value`: a list as a table, so many rows
 * go in with one `INSERT … SELECT` and one bound value instead of a value per cell.
 */
export function rowsOfStrings(values: readonly string[]): SQL {
  const list = JSON.stringify(values);
  return activeDialect === 'postgres'
    ? sql`json_array_elements_text(${list}::json) AS list(value)`
    : sql`json_each(${list})`;
}
