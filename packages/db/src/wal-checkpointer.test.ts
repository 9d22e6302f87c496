import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { executeSql } from './raw';
import { openDatabase, type SqliteHandle } from './sqlite-handle';
import { walCheckpointer } from './wal-checkpointer';

let dir: string;
let handle: SqliteHandle;
let path: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'brobygger-checkpoint-'));
  path = join(dir, 'test.db');
  handle = openDatabase(path);
});
afterEach(async () => {
  await handle.close();
  rmSync(dir, { recursive: true, force: true });
});

const size = (file: string) => statSync(file).size;
const waitUntil = async (condition: () => boolean, ms = 5_000) => {
  for (const deadline = Date.now() + ms; !condition() && Date.now() < deadline;) {
    await new Promise((next) => setTimeout(next, 20));
  }
  return condition();
};

describe('checkpoints in a thread of their own', () => {
  it('leaves commits in the WAL and copies them into the database file a moment later', async () => {
    expect(handle.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const before = size(path);
    // About 4 MB of notes: four times the WAL that would have started SQLite's own checkpoint.
    await handle.transaction(async (tx) => {
      await executeSql(tx, sql`CREATE TABLE notes (text BLOB)`);
      await executeSql(
        tx,
        sql`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000) INSERT INTO notes SELECT randomblob(1000) FROM n`,
      );
    });
    // Answered: on disk in the WAL, not yet in the database file (no checkpoint in the commit).
    expect(size(`${path}-wal`)).toBeGreaterThan(4_000_000);
    expect(size(path)).toBe(before);
    expect(await waitUntil(() => size(path) > before + 4_000_000)).toBe(true);
  });

  it('hands checkpoints back to SQLite when its thread cannot work', async () => {
    const failures: Error[] = [];
    // A folder is no database: the thread fails as it opens it.
    const checkpointer = walCheckpointer(dir, (error) => failures.push(error));
    expect(await waitUntil(() => failures.length > 0)).toBe(true);
    await checkpointer.close();
    expect(failures).toHaveLength(1);
  });
});
