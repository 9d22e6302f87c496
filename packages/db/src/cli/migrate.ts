/**
 * `pnpm db:migrate`: applies the committed migrations to DATABASE_PATH (default
 * `data/brobygger.db` at the repository root) and prints which ones it applied.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { migrationsFolder, openDatabase } from '../client';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/** DATABASE_PATH as the user meant it: relative to where they ran pnpm (INIT_CWD), not packages/db. */
function databasePath(): string {
  const configured = process.env.DATABASE_PATH;
  if (!configured) return resolve(REPO_ROOT, 'data/brobygger.db');
  return isAbsolute(configured)
    ? configured
    : resolve(process.env.INIT_CWD ?? process.cwd(), configured);
}

interface JournalEntry {
  tag: string;
  when: number;
}

/** The `created_at` (the journal's `when`) of every migration drizzle has recorded as applied. */
function applied(sqlite: Database.Database): Set<number> {
  const exists = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  if (!exists) return new Set();
  const rows = sqlite
    .prepare('SELECT created_at FROM __drizzle_migrations')
    .pluck()
    .all() as number[];
  return new Set(rows.map(Number));
}

function main(): void {
  const path = databasePath();
  const journal = JSON.parse(
    readFileSync(join(migrationsFolder, 'meta/_journal.json'), 'utf8'),
  ) as { entries: JournalEntry[] };

  const before = openDatabase(path, { migrate: false });
  const was = applied(before.sqlite);
  before.close();

  const after = openDatabase(path);
  const now = applied(after.sqlite);
  after.close();

  const fresh = journal.entries.filter((e) => now.has(e.when) && !was.has(e.when));
  if (fresh.length === 0) {
    console.log(`${path} is up to date (${now.size} migrations applied).`);
    return;
  }
  console.log(`Applied ${fresh.length} migration${fresh.length === 1 ? '' : 's'} to ${path}:`);
  for (const entry of fresh) console.log(`  ${entry.tag}`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
