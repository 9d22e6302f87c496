/**
 * `pnpm db:backup FILE`: a consistent copy of the database at DATABASE_PATH, taken while the
 * server keeps serving (SQLite's online backup API). Refuses to overwrite an existing FILE.
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { redactUrl } from '../dialect';
import { openSqlite, backupSqlite } from '../sqlite';
import { databasePath, userPath } from './database-path';

const USAGE = `Usage: pnpm db:backup FILE

Copies the database at DATABASE_PATH (default data/brobygger.db) into FILE while the server
keeps running. The copy is checked with PRAGMA integrity_check; FILE must not exist yet.
With DATABASE_URL set, runs pg_dump --format=custom into FILE (restore with pg_restore).`;

/**
 * PostgreSQL's own consistent online dump, in its custom format (compressed, restorable table
 * by table with pg_restore). Written beside FILE first and renamed, as the SQLite backup is.
 */
function dumpPostgres(url: string, destination: string): Promise<number> {
  const partial = `${destination}.partial`;
  const started = performance.now();
  return new Promise((done) => {
    const dump = spawn('pg_dump', ['--format=custom', `--file=${partial}`, `--dbname=${url}`], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    dump.on('error', (error) => {
      console.error(`Cannot run pg_dump (install PostgreSQL's client tools): ${error.message}`);
      done(1);
    });
    dump.on('exit', (code) => {
      if (code !== 0) {
        rmSync(partial, { force: true });
        console.error(`pg_dump failed (exit code ${code}); nothing was written to ${destination}.`);
        done(1);
        return;
      }
      renameSync(partial, destination);
      const mb = (statSync(destination).size / 1e6).toFixed(1);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `Backed up ${redactUrl(url)} to ${destination} with pg_dump: ${mb} MB in ${seconds} s.`,
      );
      done(0);
    });
  });
}

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  if (args.length !== 1 || args[0] === '--help' || args[0] === '-h') {
    console.error(USAGE);
    return args[0] === '--help' || args[0] === '-h' ? 0 : 2;
  }
  const destination = userPath(args[0]!);
  if (existsSync(destination)) {
    console.error(`${destination} already exists; choose a new file name (a backup never overwrites).`);
    return 1;
  }
  if (process.env.DATABASE_URL) return dumpPostgres(process.env.DATABASE_URL, destination);
  const source = databasePath();
  if (!existsSync(source)) {
    console.error(`There is no database at ${source} (set DATABASE_PATH).`);
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
