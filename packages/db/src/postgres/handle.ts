import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { redactUrl } from '../dialect';
import type { Db, DbHandle, OpenOptions, TransactionOptions } from '../handle';
import {
  assertNoUnknownMigrations,
  compareWithJournal,
  readMigrationJournal,
  type MigrationStatus,
} from '../migration-status';
import * as tables from '../schema/postgres';
import { readCounter } from '../counters';

/** The folder of the committed drizzle-kit migrations for PostgreSQL. */
export const postgresMigrationsFolder = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../migrations/postgres',
);

/**
 * Keys of the two advisory locks this database uses (any fixed numbers, the same in every
 * instance): one held while migrations run, so instances started together migrate once; one
 * held by each write transaction until it ends.
 */
const MIGRATION_LOCK = 727_301;
const WRITE_LOCK = 727_302;

/** int8 (counts, sums) and numeric (averages) arrive as strings from pg; every such value here is far below 2^53. */
const NUMBER_TYPES = new Set<number>([pg.types.builtins.INT8, pg.types.builtins.NUMERIC]);
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    NUMBER_TYPES.has(oid)
      ? (value: string) => Number(value)
      : (pg.types.getTypeParser(oid, format) as unknown)) as typeof pg.types.getTypeParser,
};

export interface PostgresOptions extends OpenOptions {
  /** Connections this instance may hold at once (DATABASE_POOL_SIZE). */
  poolSize?: number;
}

export interface PostgresHandle extends DbHandle {
  readonly dialect: 'postgres';
  readonly pool: pg.Pool;
}

/** Why the server cannot start: names the setting to fix. */
export class DatabaseUnavailableError extends Error {}

/**
 * Connects to the PostgreSQL database at `url`, checks it answers and knows no migration newer
 * than this build, applies the committed migrations under a lock, and returns the handle.
 *
 * Writes: each `transaction()` that changes data is a PostgreSQL transaction that first takes
 * one transaction-scoped advisory lock, so such writes from every instance run one at a time,
 * as SQLite's single writer runs them: a service reads what it checks and writes what follows
 * from it with no other write in between (two parties signing at once are both recorded; an
 * agreement cannot move twice). Bookkeeping writes (`changesData: false`) take no such lock.
 * Reads take no lock and see committed data only.
 */
export async function openPostgres(
  url: string,
  options: PostgresOptions = {},
): Promise<PostgresHandle> {
  const pool = new pg.Pool({
    connectionString: url,
    // Two at least: a migration holds one connection while the checks around it use another.
    max: Math.max(2, options.poolSize ?? 10),
    // A host that accepts and never answers fails the start (naming DATABASE_URL) rather than hanging it.
    connectionTimeoutMillis: 10_000,
    types,
    application_name: 'brobygger',
  });
  // A connection the server closes (a restart, a failover, pg_terminate_backend) must not crash
  // the process: idle, the pool reports it here; checked out (inside a transaction), its own
  // client does, and the query under way fails with the error and rolls back.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end();
    throw new DatabaseUnavailableError(
      `Cannot reach the database named by DATABASE_URL (${redactUrl(url)}): ${(error as Error).message}`,
    );
  }
  const journal = readMigrationJournal(postgresMigrationsFolder);
  const status = async (): Promise<MigrationStatus> =>
    compareWithJournal(await appliedMigrations(pool), journal);
  try {
    if (options.migrate ?? true)
      await migrateUnderLock(pool, async () =>
        assertNoUnknownMigrations(await status(), 'The database named by DATABASE_URL'),
      );
  } catch (error) {
    await pool.end();
    throw error;
  }

  const postgresDb = drizzle({ client: pool, schema: tables, logger: options.logger });
  // One write at a time per instance: a write waiting for the lock holds no pool connection,
  // so waiting writes cannot take every connection from the reads a running write may make.
  let writes: Promise<unknown> = Promise.resolve();
  // The services' query builder type (handle.ts); these are its PostgreSQL twins at run time.
  const db = postgresDb as unknown as Db;
  return {
    dialect: 'postgres',
    db,
    pool,
    location: redactUrl(url),
    transaction<T>(
      work: (tx: Db) => Promise<T>,
      transactionOptions: TransactionOptions = {},
    ): Promise<T> {
      // Bookkeeping (sessions, login counters, audit events of reads) writes rows of its own,
      // each statement atomic or under its row's lock, and nothing a cache derives from: it runs
      // beside the data writes rather than in their line.
      if (transactionOptions.changesData === false) {
        return postgresDb.transaction((tx) => work(tx as unknown as Db));
      }
      const run = () =>
        postgresDb.transaction(async (tx) => {
          await tx.execute(sql`SELECT pg_advisory_xact_lock(${WRITE_LOCK})`);
          const writer = tx as unknown as Db;
          const result = await work(writer);
          await writer
            .update(tables.meta)
            .set({ value: sql`${tables.meta.value} + 1` })
            .where(eq(tables.meta.key, 'data_version'));
          return result;
        });
      const done: Promise<T> = writes.then(run, run);
      writes = done.catch(() => {});
      return done;
    },
    dataVersion: () => readCounter(db, 'data_version'),
    graphVersion: () => readCounter(db, 'graph_version'),
    migrationStatus: status,
    async refreshStatistics() {
      await pool.query('ANALYZE');
    },
    /**
     * PostgreSQL keeps a deleted row's bytes until VACUUM reclaims its space and later rows
     * overwrite it; this asks for that now on the tables that hold a participant's words.
     * It does not zero the pages: docs/postgresql.md says what an operator can add.
     */
    async purgeDeleted() {
      await pool.query(
        'VACUUM people, participant_profiles, participant_status_changes, talents, goals, dreams, plan_steps',
      );
    },
    close: () => pool.end(),
  };
}

async function appliedMigrations(pool: pg.Pool): Promise<number[]> {
  const { rows } = await pool
    .query<{ created_at: number }>('SELECT created_at FROM drizzle.__drizzle_migrations')
    .catch((error: { code?: string }) => {
      // The table (42P01) or its schema (3F000) does not exist yet: a new database.
      if (error.code === '42P01' || error.code === '3F000') return { rows: [] };
      throw error;
    });
  return rows.map((row) => Number(row.created_at));
}

/** Runs drizzle's migrator on one connection while it holds the migration lock. */
async function migrateUnderLock(pool: pg.Pool, check: () => Promise<void>): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await check();
      await migrate(drizzle({ client }), { migrationsFolder: postgresMigrationsFolder });
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}
