/**
 * `pnpm db:restore FILE`: replaces the database at DATABASE_PATH with a backup made by
 * `pnpm db:backup`. The server must be stopped: the command refuses while anything has the
 * database open, and keeps the replaced database beside it as `<name>.before-restore-<time>`.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { migrationsFolder } from '../sqlite-handle';
import { readMigrationJournal } from '../migration-status';
import { backupSqlite, integrityCheck, isInUse, openSqlite, restoreSqlite } from '../sqlite';
import { databasePath, userPath } from './database-path';

const USAGE = `Usage: pnpm db:restore FILE

Replaces the database at DATABASE_PATH (default data/brobygger.db) with the backup FILE.
Stop the server first; the command refuses while the database is open elsewhere. The database
it replaces is kept as <DATABASE_PATH>.before-restore-<time>. Start the server afterwards: it
applies any migration the backup predates.`;

/** Why a backup cannot be restored, or null when it can. */
function problemWithBackup(file: string): string | null {
  let backup: Database.Database;
  try {
    backup = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    return `cannot open it as a SQLite database (${error instanceof Error ? error.message : String(error)})`;
  }
  try {
    const verdict = integrityCheck(backup);
    if (verdict !== 'ok') return `it fails the integrity check: ${verdict}`;
    const hasHistory = backup
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
      .get();
    if (!hasHistory) return 'it is not a Brobygger database (no migration history)';
    const known = new Set(readMigrationJournal(migrationsFolder).map((entry) => entry.when));
    const applied = backup.prepare('SELECT created_at FROM __drizzle_migrations').pluck().all() as number[];
    const unknown = applied.filter((when) => !known.has(Number(when)));
    if (unknown.length) return `it was made by a newer version of Brobygger (${unknown.length} migration(s) this version does not know); upgrade first`;
    return null;
  } catch (error) {
    return `it cannot be read (${error instanceof Error ? error.message : String(error)})`;
  } finally {
    backup.close();
  }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  if (args.length !== 1 || args[0] === '--help' || args[0] === '-h') {
    console.error(USAGE);
    return args[0] === '--help' || args[0] === '-h' ? 0 : 2;
  }
  if (process.env.DATABASE_URL) {
    console.error(
      'DATABASE_URL is set: restore a PostgreSQL dump with pg_restore into a new, empty database (docs/postgresql.md, "Backups"), then point DATABASE_URL at it.',
    );
    return 1;
  }
  const source = userPath(args[0]!);
  const target = databasePath();
  if (resolve(source) === resolve(target)) {
    console.error('The backup and DATABASE_PATH are the same file.');
    return 1;
  }
  const problem = problemWithBackup(source);
  if (problem) {
    console.error(`Refusing to restore ${source}: ${problem}.`);
    return 1;
  }
  if (isInUse(target)) {
    console.error(
      `Refusing to restore: ${target} is open in another process (is the server running?). Stop it, then run this again.`,
    );
    return 1;
  }
  if (existsSync(target)) {
    const kept = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    const current = openSqlite(target);
    try {
      await backupSqlite(current, kept);
    } finally {
      current.close();
    }
    console.log(`Kept the database being replaced as ${kept}.`);
  } else {
    mkdirSync(dirname(target), { recursive: true });
  }
  const { pages } = await restoreSqlite(source, target);
  const restored = openSqlite(target);
  try {
    const verdict = integrityCheck(restored);
    if (verdict !== 'ok') throw new Error(`The restored database fails its integrity check: ${verdict}`);
  } finally {
    restored.close();
  }
  console.log(`Restored ${target} from ${source} (${pages} pages); integrity check ok. Start the server now.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
