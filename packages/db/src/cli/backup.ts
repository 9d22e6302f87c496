/**
 * `pnpm db:backup FILE`: a consistent copy of the database at DATABASE_PATH, taken while the
 * server keeps serving (SQLite's online backup API). Refuses to overwrite an existing FILE.
 */
import { existsSync, statSync } from 'node:fs';
import { openSqlite, backupSqlite } from '../sqlite';
import { databasePath, userPath } from './database-path';

const USAGE = `Usage: pnpm db:backup FILE

Copies the database at DATABASE_PATH (default data/brobygger.db) into FILE while the server
keeps running. The copy is checked with PRAGMA integrity_check; FILE must not exist yet.`;

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  if (args.length !== 1 || args[0] === '--help' || args[0] === '-h') {
    console.error(USAGE);
    return args[0] === '--help' || args[0] === '-h' ? 0 : 2;
  }
  const source = databasePath();
  const destination = userPath(args[0]!);
  if (!existsSync(source)) {
    console.error(`There is no database at ${source} (set DATABASE_PATH).`);
    return 1;
  }
  if (existsSync(destination)) {
    console.error(`${destination} already exists; choose a new file name (a backup never overwrites).`);
    return 1;
  }
  const sqlite = openSqlite(source);
  try {
    const started = performance.now();
    const { pages } = await backupSqlite(sqlite, destination);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const mb = (statSync(destination).size / 1e6).toFixed(1);
    console.log(`Backed up ${source} to ${destination}: ${pages} pages, ${mb} MB, in ${seconds} s; integrity check ok.`);
    return 0;
  } finally {
    sqlite.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
