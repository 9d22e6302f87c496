import type Database from 'better-sqlite3';
import type { Db, TransactionOptions } from './handle';

/** Writes that share one commit at most; bounds how long one batch holds the write lock. */
const MAX_BATCH = 64;
const SAVEPOINT = 'brobygger_write';

interface PendingWrite {
  work: (tx: Db) => Promise<unknown>;
  changesData: boolean;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/**
 * The write queue, with group commit.
 *
 * Each write runs alone and in order, inside a savepoint of a `BEGIN IMMEDIATE` transaction.
 * Writes that arrive while a commit is under way wait, and then share the next transaction:
 * under synchronous=FULL every commit waits for the disk, so one commit (one fsync) for a batch
 * is what keeps many concurrent writers from queueing behind each other's fsyncs. A write that
 * fails rolls back to its own savepoint and leaves the others in the batch untouched; no write
 * is answered before the commit that holds it is durable.
 *
 * With `committed` (WAL; the connection at synchronous=NORMAL: sqlite.ts diskWorkOffLoop), a
 * commit only writes its frames and the disk sync runs off the event loop: the next batch
 * starts at once, and the writes of this one are answered when `committed()` says the commit
 * is on disk.
 */
export function groupCommitter(writer: Database.Database, writeDb: Db, committed?: () => Promise<void>) {
  let pending: PendingWrite[] = [];
  let draining = false;

  async function runBatch(batch: PendingWrite[]): Promise<void> {
    let applied: { write: PendingWrite; result: unknown }[] = [];
    let changesData = false;
    const begin = () => {
      writer.exec('BEGIN IMMEDIATE');
      changesData = false;
    };
    try {
      begin();
    } catch (error) {
      for (const write of batch) write.reject(error);
      return;
    }
    for (const [index, write] of batch.entries()) {
      writer.exec(`SAVEPOINT ${SAVEPOINT}`);
      try {
        const result = await write.work(writeDb);
        writer.exec(`RELEASE ${SAVEPOINT}`);
        applied.push({ write, result });
        changesData ||= write.changesData;
      } catch (error) {
        write.reject(error);
        if (writer.inTransaction) {
          writer.exec(`ROLLBACK TO ${SAVEPOINT}`);
          writer.exec(`RELEASE ${SAVEPOINT}`);
        } else {
          // SQLite abandoned the whole transaction (a full disk, an I/O error): the writes
          // before this one are gone with it and must not be answered as saved.
          for (const lost of applied) lost.write.reject(error);
          applied = [];
          try {
            begin();
          } catch (beginError) {
            for (const rest of batch.slice(index + 1)) rest.reject(beginError);
            return;
          }
        }
      }
    }
    try {
      if (changesData) writer.exec(`UPDATE meta SET value = value + 1 WHERE key = 'data_version'`);
      writer.exec('COMMIT');
    } catch (error) {
      if (writer.inTransaction) writer.exec('ROLLBACK');
      for (const { write } of applied) write.reject(error);
      return;
    }
    const answer = () => {
      for (const { write, result } of applied) write.resolve(result);
    };
    if (!committed) return answer();
    // A failed sync leaves the batch's durability unknown: none of it is answered as saved.
    committed().then(answer, (error: unknown) => {
      for (const { write } of applied) write.reject(error);
    });
  }

  async function drain(): Promise<void> {
    try {
      while (pending.length) {
        const batch = pending.slice(0, MAX_BATCH);
        pending = pending.slice(MAX_BATCH);
        try {
          await runBatch(batch);
        } catch (error) {
          // Not expected (the statements around the work are fixed), but no write may be left
          // waiting: roll back and refuse whatever in the batch is not yet settled.
          if (writer.inTransaction) writer.exec('ROLLBACK');
          for (const write of batch) write.reject(error);
        }
      }
    } finally {
      draining = false;
    }
  }

  const transaction = <T>(work: (tx: Db) => Promise<T>, options: TransactionOptions = {}): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      pending.push({ work, changesData: options.changesData ?? true, resolve, reject });
      if (!draining) {
        draining = true;
        // Starts after the writes that arrived in the same turn of the event loop, so they
        // share the first commit too.
        setImmediate(() => void drain());
      }
    });

  return { transaction };
}
