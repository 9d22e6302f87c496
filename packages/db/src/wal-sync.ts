import { open } from 'node:fs/promises';

/** Makes every commit written so far durable; resolves once it is on disk. */
export type WalSync = () => Promise<void>;

/**
 * Syncs a WAL file to disk in libuv's thread pool, so the event loop goes on serving while
 * the disk works. (SQLite's own sync at commit, under synchronous=FULL, runs on the calling
 * thread: better-sqlite3 blocks the whole server for each fsync, 1–16 ms on this machine.)
 *
 * A caller gets a sync that starts after it asked: the one under way may have begun before
 * its commit's frames were written. Callers who ask while a sync runs share the next one,
 * so a burst of commits costs two syncs, not one each. The file is opened for each sync, as
 * SQLite may truncate the WAL between syncs (a checkpoint) and recreates it if removed.
 */
export function walSync(
  walPath: string,
  fsync: (path: string) => Promise<void> = fsyncFile,
): WalSync {
  let running: Promise<void> | undefined;
  let next: Promise<void> | undefined;
  const start = (): Promise<void> => {
    const run = fsync(walPath).finally(() => {
      if (running === run) running = undefined;
    });
    running = run;
    return run;
  };
  return () => {
    if (!running) return start();
    next ??= running
      .catch(() => {})
      .then(() => {
        next = undefined;
        return start();
      });
    return next;
  };
}

async function fsyncFile(path: string): Promise<void> {
  const file = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    // SQLite removes the WAL only when its last connection closes, after copying every frame
    // into the database file and syncing it: what the WAL held is on disk.
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (!file) return;
  try {
    await file.sync();
  } finally {
    await file.close();
  }
}
