import DataLoader from 'dataloader';
import { inArray } from 'drizzle-orm';
import type { Db, DbColumn, DbTable } from '@brobygger/db';
import { throwIfPastDeadline } from './deadline';

/** Keeps each IN (…) list well under SQLite's variable limit. */
const MAX_BATCH = 900;

/** Loads rows by a unique key (usually the id); a missing key resolves to null. */
export function rowsByKey<TTable extends DbTable, K extends string>(
  db: Db,
  table: TTable,
  keyColumn: DbColumn,
  keyOf: (row: TTable['$inferSelect']) => K,
): DataLoader<K, TTable['$inferSelect'] | null> {
  return new DataLoader(
    async (keys) => {
      // A request past its deadline reads no more (the signal comes from the request's store).
      throwIfPastDeadline();
      const rows = (await db
        .select()
        .from(table as DbTable)
        .where(inArray(keyColumn, [...keys]))) as TTable['$inferSelect'][];
      const byKey = new Map(rows.map((row) => [keyOf(row), row]));
      return keys.map((key) => byKey.get(key) ?? null);
    },
    { maxBatchSize: MAX_BATCH },
  );
}

/** Loads every row whose foreign key is one of the keys, grouped per key (one-to-many). */
export function rowsGroupedBy<TTable extends DbTable>(
  db: Db,
  table: TTable,
  keyColumn: DbColumn,
  keyOf: (row: TTable['$inferSelect']) => string | null,
  compare?: (a: TTable['$inferSelect'], b: TTable['$inferSelect']) => number,
): DataLoader<string, TTable['$inferSelect'][]> {
  return new DataLoader(
    async (keys) => {
      // A request past its deadline reads no more (the signal comes from the request's store).
      throwIfPastDeadline();
      const rows = (await db
        .select()
        .from(table as DbTable)
        .where(inArray(keyColumn, [...keys]))) as TTable['$inferSelect'][];
      if (compare) rows.sort(compare);
      const groups = new Map<string, TTable['$inferSelect'][]>();
      for (const row of rows) {
        const key = keyOf(row);
        if (key === null) continue;
        const group = groups.get(key);
        if (group) group.push(row);
        else groups.set(key, [row]);
      }
      return keys.map((key) => groups.get(key) ?? []);
    },
    { maxBatchSize: MAX_BATCH },
  );
}

/** Puts rows a list query already read into a by-id loader, so resolvers need not read them again. */
export function prime<T extends { id: string }>(
  loader: DataLoader<string, T | null>,
  rows: readonly T[],
): void {
  for (const row of rows) loader.prime(row.id, row);
}
