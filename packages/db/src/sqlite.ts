import Database from 'better-sqlite3';

/**
 * Every SQLite-only setting lives here, so that the rest of the code base stays portable to
 * PostgreSQL.
 *
 * - WAL lets readers work while one writer commits.
 * - synchronous=FULL: a transaction acknowledged to a client survives a power cut, at the
 *   cost of one extra fsync per commit (see docs/decisions/002-sqlite-durability.md).
 * - busy_timeout makes a second process (a CLI import, a backup) wait instead of failing.
 */
export function openSqlite(path: string, options: { readonly?: boolean } = {}): Database.Database {
  const sqlite = new Database(path, { readonly: options.readonly ?? false });
  if (!options.readonly) sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return sqlite;
}

/** Online, consistent copy of a live database through SQLite's backup API. */
export async function backupSqlite(sqlite: Database.Database, destination: string): Promise<void> {
  await sqlite.backup(destination);
}

/** `PRAGMA integrity_check`: "ok" when the file is sound. */
export function integrityCheck(sqlite: Database.Database): string {
  return String(sqlite.pragma('integrity_check', { simple: true }));
}
