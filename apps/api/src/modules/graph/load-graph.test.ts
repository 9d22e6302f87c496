import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { connectDatabase, schema, selectTuples, type DbHandle } from '@brobygger/db';
import { createScratchDatabase, type ScratchDatabase } from '@brobygger/db/testing';
import { seedDatabase } from '@brobygger/db/seed';
import { filterGraph } from './filter-graph';
import { loadGraph } from './load-graph';
import type { GraphData } from './graph-types';

let scratch: ScratchDatabase;
let handle: DbHandle;

beforeAll(async () => {
  scratch = await createScratchDatabase();
  handle = await connectDatabase(scratch.location);
  await seedDatabase(handle, { people: 2_000 });
});
afterAll(async () => {
  await handle.close();
  await scratch.drop();
});

/** What a user sees of a graph: its nodes and edges with every attribute, in a fixed order. */
const sorted = (graph: GraphData) => ({
  nodes: [...graph.nodes].sort((a, b) => a.id.localeCompare(b.id)),
  edges: [...graph.edges].sort((a, b) => a.id.localeCompare(b.id)),
});

describe('a network read on its own', () => {
  it('is exactly the whole graph narrowed to that network, for every network', async () => {
    const whole = await loadGraph(handle.db);
    const networks = await handle.db.select({ id: schema.networks.id }).from(schema.networks);
    expect(networks.length).toBeGreaterThan(5);
    let agreementEdges = 0;
    for (const { id } of networks) {
      const scoped = await loadGraph(handle.db, { networkId: id });
      expect(sorted(scoped), id).toEqual(sorted(filterGraph(whole, { networkId: id })));
      agreementEdges += scoped.edges.filter((edge) => edge.kind === 'AGREEMENT').length;
    }
    // The comparison covers agreements drawn inside networks, not only people and ties.
    expect(agreementEdges).toBeGreaterThan(0);
  });
});

describe('rows read as tuples (selectTuples, as the loader reads)', () => {
  it('keeps the columns in the order the query names them, computed ones too', async () => {
    const rows = await selectTuples(handle.db, sql`SELECT 'b' AS second, 'a' AS first, 1 + 1 AS sum`);
    expect(rows).toEqual([['b', 'a', 2]]);
  });

  it('keeps both of two columns of one name, or refuses the query where a row would lose one', async () => {
    const read = selectTuples(handle.db, sql`SELECT 1 AS n, 2 AS n`);
    if (handle.dialect === 'postgres') await expect(read).rejects.toThrow(/share a name/);
    else expect(await read).toEqual([[1, 2]]);
  });
});
