import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type Database from 'better-sqlite3';
import * as tables from './schema/tables';
import { groupCommitter } from './group-commit';
import type { Db, DbHandle, OpenOptions } from './handle';
import {
  assertNoUnknownMigrations,
  readMigrationJournal,
  sqliteMigrationStatus,
} from './migration-status';
import { compiledOn, readRouter } from './read-router';
import { diskWorkOffLoop, openSqlite, purgeDeletedContent } from './sqlite';
import { readCounter } from './counters';

/** The folder of the committed drizzle-kit migrations for SQLite. */
export const migrationsFolder = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../migrations/sqlite',
);

export interface SqliteHandle extends DbHandle {
  readonly dialect: 'sqlite';
  /** The underlying SQLite connection, for the SQLite-only modules (backup, FTS) and their tests. */
  readonly sqlite: Database.Database;
}

/**
 * Opens (and by default migrates) the embedded SQLite database at `path`.
 *
 * Writes go through one connection and one queue (see group-commit.ts), so an async service
 * can `await` drizzle queries inside its transaction (as it does on PostgreSQL) without two
 * requests' statements interleaving. Reads never see a write that is not yet committed: they
 * run on the write connection when it is between transactions and on a second
 * connection while one is open (see read-router.ts).
 */
export function openDatabase(path: string, options: OpenOptions = {}): SqliteHandle {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const writer = openSqlite(path);
  const journal = readMigrationJournal(migrationsFolder);
  if (options.migrate ?? true) {
    assertNoUnknownMigrations(sqliteMigrationStatus(writer, journal), `the database file ${path}`);
    migrate(drizzle({ client: writer, logger: options.logger }), { migrationsFolder });
  }
  const writeDb: Db = drizzle({
    client: compiledOn(writer) as unknown as Database.Database,
    schema: tables,
    logger: options.logger,
  });
  // Statistics for the planner, on tables that lack them or changed much since (cheap; SQLite's
  // advice for long-lived connections): without them it scans where an index would answer.
  writer.pragma('optimize=0x10002');
  const statistics = keepStatisticsFresh(writer, options.optimizeEveryMs ?? OPTIMIZE_EVERY_MS);
  const reader = path === ':memory:' ? writer : openSqlite(path);
  // drizzle asks its client only to prepare statements; the router decides where each runs.
  const router = readRouter(writer, reader) as unknown as Database.Database;
  const readDb: Db =
    path === ':memory:'
      ? writeDb
      : drizzle({ client: router, schema: tables, logger: options.logger });

  const disk = diskWorkOffLoop(writer);
  const writes = groupCommitter(writer, writeDb, disk?.committed);
  return {
    dialect: 'sqlite',
    db: readDb,
    sqlite: writer,
    location: path,
    transaction: writes.transaction,
    dataVersion: () => readCounter(readDb, 'data_version'),
    graphVersion: () => readCounter(readDb, 'graph_version'),
    migrationStatus: () => Promise.resolve(sqliteMigrationStatus(writer, journal)),
    async refreshStatistics() {
      await betweenWrites(writer);
      writer.exec('ANALYZE');
    },
    /**
     * Merges the search index and truncates the WAL once no write is under way, so no bytes
     * of deleted rows stay behind (sqlite.ts purgeDeletedContent).
     */
    async purgeDeleted() {
      await betweenWrites(writer);
      purgeDeletedContent(writer);
    },
    async close() {
      statistics.stop();
      await disk?.close();
      if (reader !== writer) reader.close();
      writer.close();
    },
  };
}

const OPTIMIZE_EVERY_MS = 60 * 60 * 1000;

/**
 * SQLite's advice for a connection that stays open for days: `PRAGMA optimize` now and then, so
 * the planner's statistics follow tables that grow (a year of use, an import). It analyses only
 * the tables whose row counts moved far from their statistics (0x10000: every table, not only
 * those this connection has queried), within SQLite's own analysis limit: 0.03–0.09 ms on the
 * bench's 20,000 people when nothing moved.
 */
function keepStatisticsFresh(writer: Database.Database, everyMs: number): { stop(): void } {
  let stopped = false;
  const timer = setInterval(() => {
    void betweenWrites(writer)
      .then(() => {
        if (!stopped && writer.open && !writer.inTransaction) writer.pragma('optimize=0x10002');
      })
      // Another process holding the file (a CLI import) past the busy timeout: the next turn tries
      // again. Anything else is worth seeing, as the checkpointer's failures are (sqlite.ts).
      .catch((error: unknown) => {
        if ((error as { code?: unknown }).code !== 'SQLITE_BUSY') process.emitWarning(error as Error);
      });
  }, everyMs);
  // Maintenance must not keep the process alive.
  timer.unref();
  return {
    stop() {
      stopped = true;
      clearInterval(timer);
    },
  };
}

/** The write queue may be inside a transaction; maintenance waits for a moment it is not. */
async function betweenWrites(writer: Database.Database): Promise<void> {
  for (let tries = 0; writer.inTransaction && tries < 1000; tries += 1) {
    await new Promise((done) => setImmediate(done));
  }
}
