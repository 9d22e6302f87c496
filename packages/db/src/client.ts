import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import type { Logger } from 'drizzle-orm/logger';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type Database from 'better-sqlite3';
import * as schema from './schema/index';
import { groupCommitter } from './group-commit';
import { readRouter } from './read-router';
import { openSqlite, purgeDeletedContent } from './sqlite';

export type Db = BetterSQLite3Database<typeof schema>;

/** The folder of the committed drizzle-kit migrations. */
export const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), '../migrations');

/**
 * A database handle: `db` for reads, `transaction()` for every write.
 *
 * Writes go through one connection and one queue (see group-commit.ts), so an async service
 * can `await` drizzle queries inside its transaction (as it would on PostgreSQL) without two
 * requests' statements interleaving. Reads never see a write that is not yet committed: they
 * run on the write connection when it is between transactions and on a second
 * connection while one is open (see read-router.ts).
 */
/** Options of one write transaction. */
export interface TransactionOptions {
  /**
   * False for bookkeeping writes (sessions, login counters, audit events of reads) that change
   * nothing a cache derives from the data: they leave `data_version` as it is.
   */
  changesData?: boolean;
}

export interface DbHandle {
  readonly db: Db;
  transaction<T>(work: (tx: Db) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /** A counter bumped by every committed write; caches compare it to know they are stale. */
  dataVersion(): Promise<number>;
  /**
   * Leaves no bytes of deleted rows behind (an erasure): merges the search index and truncates
   * the WAL once no write is under way (sqlite.ts purgeDeletedContent).
   */
  purgeDeleted(): Promise<void>;
  /** The underlying SQLite connection, for the SQLite-only modules (backup, FTS). */
  readonly sqlite: Database.Database;
  close(): void;
}

export interface OpenOptions {
  /** Apply the committed migrations first (default true). */
  migrate?: boolean;
  /** Sees every statement drizzle sends; the benchmark counts them with it. */
  logger?: Logger;
}

export function openDatabase(path: string, options: OpenOptions = {}): DbHandle {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const writer = openSqlite(path);
  const writeDb = drizzle({ client: writer, schema, logger: options.logger });
  if (options.migrate ?? true) migrate(writeDb, { migrationsFolder });
  const reader = path === ':memory:' ? writer : openSqlite(path);
  // drizzle asks its client only to prepare statements; the router decides where each runs.
  const router = readRouter(writer, reader) as unknown as Database.Database;
  const readDb = path === ':memory:' ? writeDb : drizzle({ client: router, schema, logger: options.logger });

  const writes = groupCommitter(writer, writeDb);
  return {
    db: readDb,
    sqlite: writer,
    transaction: writes.transaction,
    async dataVersion() {
      const [row] = await readDb
        .select({ value: schema.meta.value })
        .from(schema.meta)
        .where(eq(schema.meta.key, 'data_version'));
      return row?.value ?? 0;
    },
    async purgeDeleted() {
      // The write queue may be inside a transaction; the purge waits for a moment it is not.
      for (let tries = 0; writer.inTransaction && tries < 1000; tries += 1) await new Promise((done) => setImmediate(done));
      purgeDeletedContent(writer);
    },
    close() {
      if (reader !== writer) reader.close();
      writer.close();
    },
  };
}
