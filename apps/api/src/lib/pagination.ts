import { and, asc, count, desc, eq, getTableName, gt, lt, or, sql, type SQL } from 'drizzle-orm';
import { selectRows, type Db, type DbColumn, type DbTable } from '@brobygger/db';
import { MAX_ID_LENGTH } from '@brobygger/domain';
import type { CursorSeal } from './cursor-seal';
import { badInput } from './errors';

export const MAX_PAGE_SIZE = 500;

/** One page of a list, as every `…Connection` type returns it. */
export interface Page<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

interface CursorValue {
  /** The sort key of the last row seen. */
  k: string | number;
  /** Its id, the tie-breaker. */
  i: string;
  /** The list it was given out for (table, sort column, direction): another list reads its key differently. */
  l: string;
}

function encodeCursor(value: CursorValue, cursors: CursorSeal): string {
  return cursors.seal(JSON.stringify(value));
}

// A sort key is a name, an e-mail, a title or a date; ids are short. Anything longer is forged.
const MAX_KEY_LENGTH = 500;
const MAX_CURSOR_LENGTH = 4096;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

function isCursorValue(value: unknown): value is CursorValue {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { k, i, l, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length || typeof l !== 'string') return false;
  const key = (typeof k === 'string' && k.length <= MAX_KEY_LENGTH) || (typeof k === 'number' && Number.isFinite(k));
  return key && typeof i === 'string' && i.length > 0 && i.length <= MAX_ID_LENGTH;
}

/**
 * Only a cursor the API sealed (lib/cursor-seal.ts) holding `{"k":…,"i":…,"l":…}` with a short
 * string or finite number as the key, given out for this list (`l`). Anything else is the client's mistake
 * (BAD_USER_INPUT on `after`, reason BAD_CURSOR), never a query with a value we did not write.
 */
function decodeCursor(cursor: string, cursors: CursorSeal, list: string): CursorValue {
  const refusal = () => badInput('after', 'This cursor is not one the API gave out.', { reason: 'BAD_CURSOR' });
  if (cursor.length > MAX_CURSOR_LENGTH || !BASE64URL.test(cursor)) throw refusal();
  const text = cursors.open(cursor);
  if (text === null) throw refusal();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw refusal();
  }
  if (!isCursorValue(value) || value.l !== list) throw refusal();
  return value;
}

export function pageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badInput('first', `first must be a whole number from 0 to ${MAX_PAGE_SIZE}.`, {
      reason: 'FIRST_OUT_OF_RANGE',
      params: { min: 0, max: MAX_PAGE_SIZE },
    });
  }
  return size;
}

export interface KeysetQuery<TTable extends DbTable> {
  db: Db;
  /** Seals the cursors handed out and opens those that come back (the request's `ctx.cursors`). */
  cursors: CursorSeal;
  table: TTable;
  id: DbColumn;
  /** The sort column; null values sort as the empty string so the cursor is always defined. */
  sortBy: DbColumn;
  direction: 'ASC' | 'DESC';
  where: SQL | undefined;
  /**
   * Set when `where` keeps every row of the table but the few this condition matches (the
   * archived, see `archiveScope`): the total is the table's count less theirs. SQLite counts a
   * whole table from its b-tree's pages (about 10 µs for 20,000 people) but walks an index
   * entry by entry for `archived_at IS NULL` (about 1 ms).
   */
  allBut?: SQL;
  args: PageArgs;
}

/**
 * Keyset pagination: rows after the cursor's (sort key, id) in the chosen order, one extra row
 * to know whether another page follows, and the total count under the same filter.
 */
export async function paginate<TTable extends DbTable>(
  query: KeysetQuery<TTable>,
): Promise<Page<TTable['$inferSelect']>> {
  const { db, cursors, table, id, sortBy, direction, where, allBut, args } = query;
  const size = pageSize(args.first);
  // A bare NOT NULL column lets SQLite walk its index; coalesce() would force a scan and a sort.
  const key = sortBy.notNull ? sql<string | number>`${sortBy}` : sql<string | number>`coalesce(${sortBy}, '')`;
  const ascending = direction === 'ASC';
  const list = `${getTableName(table as DbTable)}.${sortBy.name}.${direction}`;
  let cursorCondition: SQL | undefined;
  if (args.after) {
    const cursor = decodeCursor(args.after, cursors, list);
    const beyond = ascending ? gt : lt;
    cursorCondition = or(beyond(key, cursor.k), and(eq(key, cursor.k), beyond(id, cursor.i)));
  }
  const order = ascending ? asc : desc;
  const rows = (await db
    .select({ row: table as DbTable, key })
    .from(table as DbTable)
    .where(and(where, cursorCondition))
    .orderBy(order(key), order(id))
    .limit(size + 1)) as { row: TTable['$inferSelect']; key: string | number }[];
  const totalCount = await countRows(db, table as DbTable, where, allBut);
  const pageRows = rows.slice(0, size);
  const last = pageRows.at(-1);
  const lastId = last ? String((last.row as Record<string, unknown>)[idKey(table, id)]) : null;
  return {
    nodes: pageRows.map((r) => r.row),
    pageInfo: {
      hasNextPage: rows.length > size,
      endCursor: last && lastId ? encodeCursor({ k: last.key, i: lastId, l: list }, cursors) : null,
    },
    totalCount,
  };
}

async function countRows(db: Db, table: DbTable, where: SQL | undefined, allBut: SQL | undefined): Promise<number> {
  if (!allBut) {
    const [row] = await db.select({ value: count() }).from(table).where(where);
    return Number(row?.value ?? 0);
  }
  // One statement, so both counts see the same rows; each a SELECT of its own, as SQLite's
  // whole-table count needs (inside one expression it would walk the table).
  const [row] = await selectRows<{ value: number | string }>(
    db,
    sql`SELECT (SELECT count(*) FROM ${table}) - (SELECT count(*) FROM ${table} WHERE ${allBut}) AS "value"`,
  );
  return Number(row?.value ?? 0);
}

/** The property name drizzle uses for a column of the table (e.g. `id` or `personId`). */
function idKey(table: DbTable, column: DbColumn): string {
  const columns = table as unknown as Record<string, unknown>;
  for (const [name, value] of Object.entries(columns)) if (value === column) return name;
  return 'id';
}
