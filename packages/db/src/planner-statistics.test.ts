import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { executeSql } from './raw';
import { openDatabase, type SqliteHandle } from './sqlite-handle';

let dir: string;
let handle: SqliteHandle;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'brobygger-statistics-'));
  // An hour in production; a moment here.
  handle = openDatabase(join(dir, 'test.db'), { optimizeEveryMs: 20 });
});
afterEach(async () => {
  await handle.close();
  rmSync(dir, { recursive: true, force: true });
});

const rowsInStatistics = () =>
  (handle.sqlite.prepare(`SELECT stat FROM sqlite_stat1 WHERE idx = 'notes_day'`).pluck().get() as string | undefined)?.split(' ')[0];

const addNotes = (count: number) =>
  handle.transaction(async (tx) => {
    await executeSql(
      tx,
      sql`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${count}) INSERT INTO notes SELECT i % 7 FROM n`,
    );
  });

describe("the planner's statistics", () => {
  it('follow a table that grew while the server ran', async () => {
    await handle.transaction(async (tx) => {
      await executeSql(tx, sql`CREATE TABLE notes (day INTEGER)`);
      await executeSql(tx, sql`CREATE INDEX notes_day ON notes (day)`);
    });
    await addNotes(10);
    handle.sqlite.exec('ANALYZE');
    expect(rowsInStatistics()).toBe('10');

    // A year of use, or an import that did not analyse after itself.
    await addNotes(5_000);
    await expect.poll(rowsInStatistics, { timeout: 5_000 }).toBe('5010');
  });
});
