import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inArray } from 'drizzle-orm';
import { connectDatabase, schema, type DbHandle } from '@brobygger/db';
import { createScratchDatabase, type ScratchDatabase } from '@brobygger/db/testing';
import { seedDatabase } from '@brobygger/db/seed';
import { rowsByKey, rowsGroupedBy } from './loader-factories';

let scratch: ScratchDatabase;
let handle: DbHandle;
let personIds: string[];

beforeAll(async () => {
  scratch = await createScratchDatabase();
  handle = await connectDatabase(scratch.location);
  await seedDatabase(handle, { people: 400 });
  const people = await handle.db.select({ id: schema.people.id }).from(schema.people);
  personIds = people.map(({ id }) => id).sort();
});
afterAll(async () => {
  await handle.close();
  await scratch.drop();
});

// Sizes on, between and past the list sizes a batch is padded to, and the largest batch.
const SIZES = [1, 2, 3, 5, 16, 17, 100, 300, 900];

/** `size` keys: people's ids, every third one an id no row has. */
const keysOf = (size: number) =>
  Array.from({ length: size }, (_, i) =>
    i % 3 === 2 ? `missing-${i}` : personIds[i % personIds.length]!,
  );

describe('loaders read a batch of any size', () => {
  it('by key: each key its own row, or null when there is none', async () => {
    for (const size of SIZES) {
      const keys = keysOf(size);
      const loader = rowsByKey(handle.db, schema.people, schema.people.id, (row) => row.id);
      const rows = await loader.loadMany(keys);
      const expected = await handle.db
        .select()
        .from(schema.people)
        .where(inArray(schema.people.id, keys));
      const byId = new Map(expected.map((row) => [row.id, row]));
      expect(rows, `batch of ${size}`).toEqual(keys.map((key) => byId.get(key) ?? null));
    }
  });

  it('grouped: every row of each key once, and none of another key', async () => {
    const ties = schema.connections;
    for (const size of SIZES) {
      const keys = keysOf(size);
      const loader = rowsGroupedBy(handle.db, ties, ties.personAId, (row) => row.personAId);
      const groups = await loader.loadMany(keys);
      const expected = await handle.db.select().from(ties).where(inArray(ties.personAId, keys));
      for (const [index, key] of keys.entries()) {
        const group = groups[index] as (typeof expected)[number][];
        const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
        expect(group.sort(byId), `batch of ${size}, key ${key}`).toEqual(
          expected.filter((row) => row.personAId === key).sort(byId),
        );
      }
      expect(groups.flat().length, `batch of ${size}`).toBe(
        // A key asked for twice gets its rows twice (once per ask), as DataLoader answers.
        keys.reduce((sum, key) => sum + expected.filter((row) => row.personAId === key).length, 0),
      );
    }
  });
});
