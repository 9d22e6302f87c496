import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';

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
  /** Migrations the database has run that this build does not know: a newer version made them. */
  unknown: number;
}

/**
 * Compares the `created_at` drizzle records for each applied migration (the journal's `when`)
 * with the committed journal. A readiness probe says "not ready" while any is pending, so a
 * load balancer keeps traffic on instances that know the current schema.
 */
export function compareWithJournal(
  appliedWhen: readonly number[],
  journal: readonly JournalEntry[],
): MigrationStatus {
  const done = new Set(appliedWhen);
  const known = new Set(journal.map((entry) => entry.when));
  return {
    applied: done.size,
    pending: journal.filter((entry) => !done.has(entry.when)).map((entry) => entry.tag),
    unknown: [...done].filter((when) => !known.has(when)).length,
  };
}

export function sqliteMigrationStatus(
  sqlite: Database.Database,
  journal: readonly JournalEntry[],
): MigrationStatus {
  const table = sqlite
    .prepare(
      `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'`,
    )
    .pluck()
    .get() as number;
  const applied = table
    ? (sqlite.prepare('SELECT created_at FROM __drizzle_migrations').pluck().all() as (
        number | string
      )[])
    : [];
  return compareWithJournal(applied.map(Number), journal);
}

/** Refuses to run the migrations of an older build over a database a newer build has migrated. */
export function assertNoUnknownMigrations(status: MigrationStatus, where: string): void {
  if (status.unknown > 0) {
    throw new Error(
      `${where} has ${status.unknown} migration(s) this version of Brobygger does not know: a newer version migrated it. Upgrade Brobygger first.`,
    );
  }
}
