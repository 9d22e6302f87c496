import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** How long after a commit the checkpoint runs: a burst of commits shares one. */
const AFTER_COMMIT_MS = 100;

/**
 * The checkpointer's thread: its own connection to the file, a PASSIVE checkpoint (copy the
 * WAL's committed pages into the database file and sync both; never waits for or blocks
 * readers and writers) a moment after the write connection says it committed. Plain
 * CommonJS, as a worker started from a string gets neither tsx nor vitest's transform.
 */
const THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 5000');
let due = null;
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close();
    // Ends this thread only; a loader the process was started with may hold it open otherwise.
    process.exit(0);
  }
  due ??= setTimeout(() => {
    due = null;
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch (error) {
      parentPort.postMessage({ error: String(error && error.message || error) });
    }
  }, workerData.afterCommitMs);
});
`;

export interface WalCheckpointer {
  /** Tells the checkpointer a commit added to the WAL. */
  committed(): void;
  close(): Promise<void>;
}

/**
 * Checkpoints the WAL in a thread of its own, so the event loop never waits for one. SQLite's
 * automatic checkpoint runs inside the commit that crosses 1,000 WAL pages: on the server's
 * one write connection that stopped every request for the copy and its two fsyncs (1.6 ms a
 * commit on average when each read writes its audit events). The write connection turns its
 * automatic checkpoints off; if the thread fails it turns them back on (`fallBack`), so the
 * WAL never grows without bound.
 */
export function walCheckpointer(path: string, fallBack: (error: Error) => void): WalCheckpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(THREAD, {
    eval: true,
    workerData: { driver, path, afterCommitMs: AFTER_COMMIT_MS },
  });
  let failed = false;
  const fail = (error: Error) => {
    if (failed) return;
    failed = true;
    fallBack(error);
  };
  worker.on('message', (message: { error?: string }) => {
    if (message.error) fail(new Error(`WAL checkpoint: ${message.error}`));
  });
  worker.on('error', fail);
  const exited = new Promise<void>((done) => worker.once('exit', () => done()));
  worker.once('exit', () => fail(new Error('WAL checkpointer stopped')));
  // An idle checkpointer must not keep the process alive (tests, command-line tools).
  worker.unref();
  let closing = false;
  return {
    committed() {
      if (!failed && !closing) worker.postMessage('commit');
    },
    async close() {
      closing = true;
      failed = true;
      // Whoever awaits the close is kept waiting (and the process alive) until the thread ends.
      worker.ref();
      worker.postMessage('close');
      await exited;
    },
  };
}
