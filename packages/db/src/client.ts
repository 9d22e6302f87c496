import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import type { Logger } from 'drizzle-orm/logger';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type Database from 'better-sqlite3';
import * as schema from './schema/index';
import { openSqlite } from './sqlite';

export type Db = BetterSQLite3Database<typeof schema>;

/** The folder of the committed drizzle-kit migrations. */
export const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), '../migrations');

/**
 * A database handle: `db` for reads, `transaction()` for every write.
 *
 * Writes go through one connection and one queue, each as a `BEGIN IMMEDIATE` transaction, so
 * an async service can `await` drizzle queries inside it (as it would on PostgreSQL) without
 * two requests' statements interleaving. Reads use a second connection, which under WAL sees
 * only committed data.
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
  const readDb =
    path === ':memory:' ? writeDb : drizzle({ client: reader, schema, logger: options.logger });

  let queue: Promise<unknown> = Promise.resolve();

  async function runTransaction<T>(work: (tx: Db) => Promise<T>, options: TransactionOptions): Promise<T> {
    writer.exec('BEGIN IMMEDIATE');
    try {
      const result = await work(writeDb);
      if (options.changesData ?? true) {
        writer.exec(`UPDATE meta SET value = value + 1 WHERE key = 'data_version'`);
      }
      writer.exec('COMMIT');
      return result;
    } catch (error) {
      if (writer.inTransaction) writer.exec('ROLLBACK');
      throw error;
    }
  }

  return {
    db: readDb,
    sqlite: writer,
    transaction<T>(work: (tx: Db) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
      const next = queue.then(() => runTransaction(work, options));
      queue = next.catch(() => undefined);
      return next;
    },
    async dataVersion() {
      const [row] = await readDb
        .select({ value: schema.meta.value })
        .from(schema.meta)
        .where(eq(schema.meta.key, 'data_version'));
      return row?.value ?? 0;
    },
    close() {
      if (reader !== writer) reader.close();
      writer.close();
    },
  };
}
