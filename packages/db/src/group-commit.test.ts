import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { openDatabase, type SqliteHandle as DbHandle } from './sqlite-handle';
import { people } from './schema/index';
import { groupCommitter } from './group-commit';
import type { Db } from './handle';
import { executeSql } from './raw';

let dir: string;
let handle: DbHandle;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'brobygger-group-commit-'));
  handle = openDatabase(join(dir, 'test.db'));
});
afterEach(() => {
  void handle.close();
  rmSync(dir, { recursive: true, force: true });
});

const person = (id: string) => ({ id, name: `Person ${id}`, sector: 'CIVIL' as const });

async function savedIds(): Promise<string[]> {
  const rows = await handle.db.select({ id: people.id }).from(people).orderBy(people.id);
  return rows.map((row) => row.id);
}

describe('the write queue (group commit) and where reads run', () => {
  it('saves concurrent writes in the order they were sent, sharing commits', async () => {
    const commits = vi.spyOn(handle.sqlite, 'exec');
    const ids = Array.from({ length: 20 }, (_, i) => `per_${String(i).padStart(2, '0')}`);
    const order: string[] = [];
    const results = await Promise.all(
      ids.map((id) =>
        handle.transaction(async (tx) => {
          order.push(id);
          await tx.insert(people).values(person(id));
          return id;
        }),
      ),
    );
    expect(results).toEqual(ids);
    expect(order).toEqual(ids);
    expect(await savedIds()).toEqual(ids);
    const commitCount = commits.mock.calls.filter(([statement]) => statement === 'COMMIT').length;
    // Sent together, they wait for one fsync, not twenty.
    expect(commitCount).toBe(1);
  });

  it('rolls back only the write that failed; the others in its batch are saved', async () => {
    const first = handle.transaction(async (tx) => tx.insert(people).values(person('per_first')));
    const failing = handle.transaction(async (tx) => {
      await tx.insert(people).values(person('per_failed'));
      throw new Error('refused half way');
    });
    const duplicate = handle.transaction(async (tx) => tx.insert(people).values(person('per_first')));
    const last = handle.transaction(async (tx) => tx.insert(people).values(person('per_last')));
    // Each outcome is awaited together: a batch's failures are settled before its sync is done.
    await Promise.all([
      expect(first).resolves.toBeDefined(),
      expect(failing).rejects.toThrow('refused half way'),
      expect(duplicate).rejects.toThrow(/UNIQUE/),
      expect(last).resolves.toBeDefined(),
    ]);
    expect(await savedIds()).toEqual(['per_first', 'per_last']);
  });

  it('answers no write before its commit: readers never see a write still in its batch', async () => {
    let seenDuringWork: string[] | undefined;
    const blocker = handle.transaction(async (tx) => {
      await tx.insert(people).values(person('per_a'));
      seenDuringWork = await savedIds();
    });
    await blocker;
    expect(seenDuringWork).toEqual([]);
    expect(await savedIds()).toEqual(['per_a']);
  });

  it('keeps a prepared read query right whichever connection it runs on', async () => {
    const lookup = handle.db
      .select({ name: people.name })
      .from(people)
      .where(eq(people.id, sql.placeholder('id')))
      .prepare();
    await handle.transaction(async (tx) => tx.insert(people).values(person('per_a')));
    expect(lookup.get({ id: 'per_a' })).toEqual({ name: 'Person per_a' });
    await handle.transaction(async (tx) => {
      await tx.update(people).set({ name: 'Renamed' }).where(eq(people.id, 'per_a'));
      // Inside an open write, the prepared query still answers with the committed row.
      expect(lookup.get({ id: 'per_a' })).toEqual({ name: 'Person per_a' });
    });
    expect(lookup.get({ id: 'per_a' })).toEqual({ name: 'Renamed' });
    expect(await handle.db.select().from(people)).toMatchObject([{ id: 'per_a', name: 'Renamed' }]);
  });

  it('moves data_version only when a batch changed data', async () => {
    const before = await handle.dataVersion();
    await handle.transaction(async (tx) => tx.update(people).set({ name: 'x' }).where(eq(people.id, 'none')), {
      changesData: false,
    });
    expect(await handle.dataVersion()).toBe(before);
    await Promise.all([
      handle.transaction(async (tx) => tx.insert(people).values(person('per_b'))),
      handle.transaction(() => Promise.resolve(), { changesData: false }),
    ]);
    expect(await handle.dataVersion()).toBeGreaterThan(before);
  });

  it("commits without waiting for the disk on the server's write connection (WAL, synchronous NORMAL)", () => {
    expect(handle.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    // 1 = NORMAL: the fsync is left to the write queue's sync, off the event loop.
    expect(handle.sqlite.pragma('synchronous', { simple: true })).toBe(1);
  });
});

describe('the write queue with the disk sync off the event loop', () => {
  let writer: Database.Database;
  beforeEach(() => {
    writer = new Database(join(dir, 'queue.db'));
    writer.pragma('journal_mode = WAL');
    writer.exec('CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER); CREATE TABLE notes (text TEXT)');
  });
  afterEach(() => writer.close());

  /** A sync the test finishes by hand. */
  function heldSync() {
    const held: { done: () => void; fail: (error: Error) => void }[] = [];
    const sync = () => new Promise<void>((done, fail) => held.push({ done, fail }));
    return { sync, held };
  }
  const note = (text: string) => async (tx: Db) => {
    await executeSql(tx, sql`INSERT INTO notes VALUES (${text})`);
    return text;
  };
  const answered = async (write: Promise<unknown>) => {
    let state = 'waiting';
    write.then(
      () => (state = 'saved'),
      () => (state = 'refused'),
    );
    await new Promise((next) => setTimeout(next, 5));
    return state;
  };

  it('answers a write only once the disk sync after its commit is done, while the next batch commits', async () => {
    const disk = heldSync();
    const queue = groupCommitter(writer, drizzle({ client: writer }) as unknown as Db, disk.sync);
    const first = queue.transaction(note('first'));
    expect(await answered(first)).toBe('waiting');
    // Committed (other connections may read it), not yet answered: the disk has not confirmed it.
    expect(writer.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(1);
    const second = queue.transaction(note('second'));
    await new Promise((next) => setTimeout(next, 5));
    expect(writer.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(2);
    expect(disk.held).toHaveLength(2);
    disk.held[0]!.done();
    expect(await answered(first)).toBe('saved');
    expect(await answered(second)).toBe('waiting');
    disk.held[1]!.done();
    expect(await answered(second)).toBe('saved');
  });

  it('refuses every write of a batch whose sync failed', async () => {
    const disk = heldSync();
    const queue = groupCommitter(writer, drizzle({ client: writer }) as unknown as Db, disk.sync);
    const writes = [queue.transaction(note('a')), queue.transaction(note('b'))];
    await new Promise((next) => setTimeout(next, 5));
    disk.held[0]!.fail(new Error('EIO'));
    for (const write of writes) await expect(write).rejects.toThrow('EIO');
  });
});

