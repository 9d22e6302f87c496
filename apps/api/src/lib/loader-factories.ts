import DataLoader from 'dataloader';
import { getTableName, inArray, sql } from 'drizzle-orm';
import { prepareRead, type Db, type DbColumn, type DbTable } from '@brobygger/db';
import { throwIfPastDeadline } from './deadline';

/** Keeps each IN (…) list well under SQLite's variable limit. */
const MAX_BATCH = 900;

/** The list sizes a batch is read with: the next of these at or above its number of keys. */
const LIST_SIZES = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, MAX_BATCH];

type ReadByKeys = (keys: readonly string[]) => Promise<unknown[]>;

/**
 * How every loader batches: at most MAX_BATCH keys, read on a turn of the event loop of its own.
 * DataLoader's default runs a batch in the same turn as the resolvers that asked for it, so a
 * query of nested lists reads level after level without the thread answering anything else
 * between; after `setImmediate` the keys of a level are still all collected (resolvers run in
 * microtasks), and a health check or a small read waiting on the socket is answered between
 * two levels.
 */
export const BATCH_OPTIONS = {
  maxBatchSize: MAX_BATCH,
  batchScheduleFn: (callback: () => void) => setImmediate(callback),
} as const;

/**
 * Every row whose `column` is one of the keys, by a query built once per database, table,
 * column and list size. Building a drizzle query cost more than running a batch of a few ids
 * (pnpm bench: query building was the largest share of the server's own work after SQLite),
 * and every request runs several such batches. A batch is padded with its last key up to the
 * next list size, which leaves the answer as it is (IN ignores repeats) and bounds how many
 * statements each table keeps prepared.
 */
const preparedReads = new WeakMap<Db, Map<string, ReadByKeys>>();

function readByKeys(
  db: Db,
  table: DbTable,
  column: DbColumn,
  keys: readonly string[],
): Promise<unknown[]> {
  const size = LIST_SIZES.find((each) => each >= keys.length) ?? MAX_BATCH;
  const name = `rows_${getTableName(table)}_${column.name}_${size}`;
  let reads = preparedReads.get(db);
  if (!reads) preparedReads.set(db, (reads = new Map<string, ReadByKeys>()));
  let read = reads.get(name);
  if (!read) {
    const slots = Array.from({ length: size }, (_, i) => sql.placeholder(`k${i}`));
    const query = prepareRead(db.select().from(table).where(inArray(column, slots)), name);
    read = (batch) =>
      query(
        Object.fromEntries(slots.map((_, i) => [`k${i}`, batch[Math.min(i, batch.length - 1)]])),
      );
    reads.set(name, read);
  }
  return read(keys);
}

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
      const rows = (await readByKeys(db, table, keyColumn, keys)) as TTable['$inferSelect'][];
      const byKey = new Map(rows.map((row) => [keyOf(row), row]));
      return keys.map((key) => byKey.get(key) ?? null);
    },
    BATCH_OPTIONS,
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
      const rows = (await readByKeys(db, table, keyColumn, keys)) as TTable['$inferSelect'][];
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
    BATCH_OPTIONS,
  );
}

/** Puts rows a list query already read into a by-id loader, so resolvers need not read them again. */
export function prime<T extends { id: string }>(
  loader: DataLoader<string, T | null>,
  rows: readonly T[],
): void {
  for (const row of rows) loader.prime(row.id, row);
}
