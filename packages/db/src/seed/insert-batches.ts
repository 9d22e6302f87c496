import { getTableColumns } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../handle';

/** SQLite's default limit on bound parameters per statement (SQLITE_MAX_VARIABLE_NUMBER). */
const MAX_VARIABLES = 32_766;

/**
 * Multi-row inserts in chunks small enough for SQLite's parameter limit: drizzle binds one
 * parameter per column per row, whatever the row leaves out.
 */
export async function insertInBatches<T extends SQLiteTable>(
  tx: Db,
  table: T,
  rows: readonly T['$inferInsert'][],
): Promise<void> {
  const columns = Object.keys(getTableColumns(table)).length;
  const size = Math.max(1, Math.floor(MAX_VARIABLES / columns));
  for (let i = 0; i < rows.length; i += size) {
    await tx.insert(table).values(rows.slice(i, i + size));
  }
}
