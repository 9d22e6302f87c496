import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type SqliteHandle as DbHandle } from './sqlite-handle';
import { people } from './schema/index';

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
    await expect(first).resolves.toBeDefined();
    await expect(failing).rejects.toThrow('refused half way');
    await expect(duplicate).rejects.toThrow(/UNIQUE/);
    await expect(last).resolves.toBeDefined();
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
});
