import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { DatabaseLocation } from '../connect';
import { activeDialect } from '../dialect';
import type { DbHandle } from '../handle';
import { executeSql, selectRows } from '../raw';
import type { SqliteHandle } from '../sqlite-handle';
import { openPostgres, postgresMigrationsFolder } from '../postgres/handle';

/**
 * Empty, migrated databases for tests, on the dialect the test run uses: a temporary SQLite
 * file, or, when `DATABASE_URL` names a PostgreSQL server (scripts/with-postgres.sh), a new
 * database on it, copied from a migrated template (far quicker than migrating each one).
 */
export { activeDialect };

export interface ScratchDatabase {
  location: DatabaseLocation;
  drop(): Promise<void>;
}

const TEMPLATE_LOCK = 727_303;

export async function createScratchDatabase(): Promise<ScratchDatabase> {
  if (activeDialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'brobygger-test-'));
    return {
      location: { path: join(dir, 'test.db') },
      drop: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
    };
  }
  const serverUrl = process.env.DATABASE_URL!;
  const template = await migratedTemplate(serverUrl);
  const name = `brobygger_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await onServer(serverUrl, (client) =>
    client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`),
  );
  return {
    location: { url: databaseUrl(serverUrl, name), path: '' },
    drop: () =>
      onServer(serverUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      ).then(() => {}),
  };
}

let templateOnce: Promise<string> | undefined;

/** A template database holding the committed migrations, made once per migration set. */
function migratedTemplate(serverUrl: string): Promise<string> {
  return (templateOnce ??= (async () => {
    const journal = readFileSync(join(postgresMigrationsFolder, 'meta/_journal.json'));
    const name = `brobygger_template_${createHash('sha256').update(journal).digest('hex').slice(0, 12)}`;
    // Test files run in parallel processes: one makes the template, the others wait for it.
    await onServer(serverUrl, async (client) => {
      await client.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
      try {
        const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
          name,
        ]);
        if (rowCount) return;
        // Migrated under another name and renamed once complete: a run that stops half-way
        // leaves no template that looks ready.
        const building = `${name}_building`;
        await client.query(`DROP DATABASE IF EXISTS "${building}"`);
        await client.query(`CREATE DATABASE "${building}"`);
        const handle = await openPostgres(databaseUrl(serverUrl, building), { poolSize: 2 });
        await handle.close();
        await client.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
      }
    });
    return name;
  })());
}

function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function onServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The SQLite connection under a handle, for tests of what only SQLite has (its files, FTS5). */
export function sqliteOf(handle: DbHandle): Database.Database {
  if (handle.dialect !== 'sqlite')
    throw new Error('This test reads SQLite internals; it runs on SQLite only');
  return (handle as SqliteHandle).sqlite;
}

/**
 * Removes the record of the last applied migration, as a database an older build migrated
 * would look; returns the function that puts it back.
 */
export async function forgetLastMigration(handle: DbHandle): Promise<() => Promise<void>> {
  const table =
    handle.dialect === 'postgres'
      ? sql.raw('drizzle.__drizzle_migrations')
      : sql.raw('__drizzle_migrations');
  const [last] = await selectRows<{ hash: string; created_at: number }>(
    handle.db,
    sql`SELECT hash, created_at FROM ${table} ORDER BY created_at DESC LIMIT 1`,
  );
  await handle.transaction(
    (tx) => executeSql(tx, sql`DELETE FROM ${table} WHERE created_at = ${last!.created_at}`),
    { changesData: false },
  );
  return () =>
    handle.transaction(
      (tx) =>
        executeSql(
          tx,
          sql`INSERT INTO ${table} (hash, created_at) VALUES (${last!.hash}, ${last!.created_at})`,
        ),
      { changesData: false },
    );
}
