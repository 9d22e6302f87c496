import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { walCheckpointer } from './wal-checkpointer';
import { walSync } from './wal-sync';

/**
 * Every SQLite-only setting lives here, so that the rest of the code base stays portable to
 * PostgreSQL.
 *
 * - WAL lets readers work while one writer commits.
 * - synchronous=FULL: a transaction acknowledged to a client survives a power cut, at the
 *   cost of one extra fsync per commit (see docs/decisions/002-sqlite-durability.md). The
 *   API's write connection keeps that promise with the fsync moved off the event loop
 *   (diskWorkOffLoop).
 * - busy_timeout makes a second process (a CLI import, a backup) wait instead of failing.
 * - A 64 MB page cache per connection (SQLite's default is 2 MB) holds the working set of a
 *   region's network, so lists and graphs are read from memory; it is allocated as it fills.
 * - secure_delete overwrites deleted content with zeros, so an erased participant's data does
 *   not linger in free pages of the file (see purgeDeletedContent for the WAL and FTS).
 */
export function openSqlite(path: string, options: { readonly?: boolean } = {}): Database.Database {
  const sqlite = new Database(path, { readonly: options.readonly ?? false });
  if (!options.readonly) sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('cache_size = -65536');
  sqlite.pragma('secure_delete = ON');
  return sqlite;
}

/** The write connection's disk work, moved off the event loop (see diskWorkOffLoop). */
export interface OffLoopDisk {
  /** Called after each commit: resolves once that commit is on disk. */
  committed: () => Promise<void>;
  close: () => Promise<void>;
}

/**
 * For the server's write connection under WAL, the two waits for the disk that SQLite makes
 * on the calling thread — better-sqlite3's calling thread is the event loop — move to threads
 * of their own:
 * - The sync at commit: commits write their frames without it (synchronous=NORMAL, which
 *   SQLite keeps safe from corruption), and the write queue answers a write only once the WAL
 *   is synced in libuv's thread pool (wal-sync.ts, group-commit.ts). An acknowledged write
 *   survives a power cut as under FULL; another connection may read a commit in the
 *   milliseconds before its sync is done.
 * - The checkpoint: automatic checkpoints are off on this connection, and a checkpointer
 *   thread copies the WAL into the database file after commits (wal-checkpointer.ts).
 * Without WAL (an in-memory database) nothing changes and nothing is returned.
 */
export function diskWorkOffLoop(writer: Database.Database): OffLoopDisk | undefined {
  if (writer.memory || writer.pragma('journal_mode', { simple: true }) !== 'wal') return undefined;
  const path = resolve(writer.name);
  writer.pragma('synchronous = NORMAL');
  writer.pragma('wal_autocheckpoint = 0');
  const sync = walSync(`${path}-wal`);
  const checkpointer = walCheckpointer(path, (error) => {
    // SQLite's own checkpoints take over again, on the event loop, rather than a WAL without bound.
    writer.pragma(`wal_autocheckpoint = ${SQLITE_AUTOCHECKPOINT_PAGES}`);
    process.emitWarning(error);
  });
  return {
    committed: () => {
      checkpointer.committed();
      return sync();
    },
    close: () => checkpointer.close(),
  };
}

/** SQLite's default: a checkpoint once the WAL holds this many pages. */
const SQLITE_AUTOCHECKPOINT_PAGES = 1000;

/**
 * After an erasure: the full-text index merges its segments (old segments keep deleted terms
 * until then; with secure_delete their pages are zeroed), and the WAL is checkpointed and
 * truncated, so neither the database file nor its WAL holds the erased text. Call it outside
 * any transaction of this connection.
 */
export function purgeDeletedContent(sqlite: Database.Database): { walTruncated: boolean } {
  sqlite.exec(`INSERT INTO candidate_search (candidate_search) VALUES ('optimize')`);
  const [result] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  return { walTruncated: result?.busy === 0 };
}

/**
 * Online, consistent copy of a live database through SQLite's backup API, written to a
 * temporary file beside `destination` and renamed into place, so a crash mid-copy never leaves
 * a half-written backup under the name the operator asked for.
 *
 * The API copies in steps and starts over when another connection writes between two steps;
 * after the first step the whole rest is asked for at once, so a busy server cannot keep the
 * copy restarting for ever. A step holds only a read snapshot: under WAL writers go on.
 */
export async function backupSqlite(sqlite: Database.Database, destination: string): Promise<{ pages: number }> {
  const partial = `${destination}.partial`;
  rmSync(partial, { force: true });
  try {
    const result = await sqlite.backup(partial, { progress: ({ totalPages }) => Math.max(totalPages, 100) });
    const copy = new Database(partial);
    try {
      // A single file: fold the copy's WAL back in so the backup needs no companion files.
      copy.pragma('journal_mode = DELETE');
      const verdict = integrityCheck(copy);
      if (verdict !== 'ok') throw new Error(`The backup failed its integrity check: ${verdict}`);
    } finally {
      copy.close();
    }
    renameSync(partial, destination);
    return { pages: result.totalPages };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/** `PRAGMA integrity_check`: "ok" when the file is sound. */
export function integrityCheck(sqlite: Database.Database): string {
  return String(sqlite.pragma('integrity_check', { simple: true }));
}

/**
 * True when another connection (a running server, a CLI) has the file open. SQLite grants an
 * exclusive lock in WAL mode only when no other connection holds the shared-memory lock, which
 * every open connection does.
 */
export function isInUse(path: string): boolean {
  if (!existsSync(path)) return false;
  const probe = new Database(path, { fileMustExist: true });
  try {
    probe.pragma('busy_timeout = 0');
    probe.pragma('locking_mode = EXCLUSIVE');
    probe.exec('BEGIN EXCLUSIVE');
    probe.exec('COMMIT');
    return false;
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) return true;
    throw error;
  } finally {
    probe.close();
  }
}

/**
 * Replaces the database at `target` with the backup at `source`, through the backup API (page
 * by page, under SQLite's own locks, the target's WAL kept consistent). The caller checks first
 * that nothing has the target open: a running server would keep caches and sessions of the
 * data it replaced.
 */
export async function restoreSqlite(source: string, target: string): Promise<{ pages: number }> {
  const backup = new Database(source, { readonly: true, fileMustExist: true });
  try {
    const result = await backup.backup(target, { progress: ({ totalPages }) => Math.max(totalPages, 100) });
    return { pages: result.totalPages };
  } finally {
    backup.close();
  }
}
