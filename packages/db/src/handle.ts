import type { Logger } from 'drizzle-orm/logger';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Dialect } from './dialect';
import type { MigrationStatus } from './migration-status';
import type * as tables from './schema/tables';

/**
 * The query builder the services use. Its type is drizzle's SQLite database over the tables of
 * schema/tables.ts; on PostgreSQL the same calls build the same queries over the twin tables
 * (schema/postgres.ts). Services keep to what both dialects share: `select`, `insert`,
 * `update`, `delete`, awaited. The SQLite-only executors (`.all()`, `.get()`, `.run()`,
 * `.values()`) are refused by the lint rule outside this package; raw SQL goes through
 * `selectRows` and `selectTuples` (raw.ts).
 */
export type Db = BetterSQLite3Database<typeof tables>;

/** A table and a column as the query builder types them (see Db), for helpers generic over tables. */
export type DbTable = SQLiteTable;
export type DbColumn = SQLiteColumn;

/** Options of one write transaction. */
export interface TransactionOptions {
  /**
   * False for bookkeeping writes (sessions, login counters, audit events of reads) that change
   * nothing a cache derives from the data: they leave `data_version` as it is.
   */
  changesData?: boolean;
}

export interface OpenOptions {
  /** Apply the committed migrations first (default true). */
  migrate?: boolean;
  /** Sees every statement drizzle sends; the benchmark counts them with it. */
  logger?: Logger;
  /** SQLite: how often the planner's statistics are brought up to date while the file is open (default hourly). */
  optimizeEveryMs?: number;
}

/**
 * A database handle: `db` for reads, `transaction()` for every write. Each dialect keeps its
 * own write path behind `transaction()`: group commit on SQLite (group-commit.ts), one
 * transaction-scoped write lock on PostgreSQL (postgres/handle.ts).
 */
export interface DbHandle {
  readonly dialect: Dialect;
  readonly db: Db;
  /** Where the data lives, for logs: a file path, or the URL without its password. */
  readonly location: string;
  transaction<T>(work: (tx: Db) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /**
   * A counter bumped by every committed write that changes data, kept in the database so
   * every API instance sees the same one; caches compare it to know they are stale.
   */
  dataVersion(): Promise<number>;
  /**
   * The whole region's graph version: bumped by triggers (migrations: region_graph_version) in
   * the transaction of every write to a table the region's graph reads, and by no other write.
   */
  graphVersion(): Promise<number>;
  /** Which committed migrations the database has not applied (readiness). */
  migrationStatus(): Promise<MigrationStatus>;
  /**
   * Brings the query planner's statistics up to date after a bulk write (a seed, a register
   * import), so it picks indexes for what the tables now hold.
   */
  refreshStatistics(): Promise<void>;
  /**
   * Leaves as little of deleted rows behind as the database allows (an erasure); see each
   * dialect's handle for what that is.
   */
  purgeDeleted(): Promise<void>;
  close(): Promise<void>;
}
