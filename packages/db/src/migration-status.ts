import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { Db } from './client';

interface JournalEntry {
  tag: string;
  when: number;
}

/** The committed migrations in order, as drizzle-kit's journal lists them. */
export function readMigrationJournal(folder: string): JournalEntry[] {
  const journal = JSON.parse(readFileSync(join(folder, 'meta/_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
  return journal.entries.map(({ tag, when }) => ({ tag, when }));
}

export interface MigrationStatus {
  applied: number;
  /** Tags of committed migrations this database has not run. */
  pending: string[];
}

/**
 * Which committed migrations a database has not applied yet, by the `created_at` drizzle records
 * for each (the journal's `when`). A readiness probe says "not ready" while any is pending, so
 * a load balancer keeps traffic on instances that know the current schema.
 */
export function migrationStatus(db: Db, journal: readonly JournalEntry[]): Promise<MigrationStatus> {
  // better-sqlite3 answers synchronously; the promise keeps the call site ready for an async driver.
  const table = db.get<{ n: number }>(
    sql`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'`,
  );
  const rows = table?.n
    ? db.all<{ created_at: number }>(sql`SELECT created_at FROM __drizzle_migrations`)
    : [];
  const done = new Set(rows.map((row) => Number(row.created_at)));
  return Promise.resolve({
    applied: done.size,
    pending: journal.filter((entry) => !done.has(entry.when)).map((entry) => entry.tag),
  });
}
