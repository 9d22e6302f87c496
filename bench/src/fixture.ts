import { connectDatabase, type DatabaseLocation, type DbHandle, type OpenOptions } from '@brobygger/db';
import { seedDatabase } from '@brobygger/db/seed';
import { createScratchDatabase } from '@brobygger/db/testing';
import { openPlain, type PlainDatabase } from './plain/index';

export interface BenchDatabase {
  /** Where the data lives: a temporary SQLite file, or a scratch database on the PostgreSQL server DATABASE_URL names. */
  location: DatabaseLocation;
  handle: DbHandle;
  /** The plain baseline on the same database, in its dialect. */
  plain: PlainDatabase;
  seedMs: number;
  dispose(): Promise<void>;
}

/**
 * A scratch database of the dialect this run uses (DATABASE_URL set or not), holding the
 * synthetic network of `people` people; `dispose` drops it.
 */
export async function syntheticDatabase(people: number, options: OpenOptions = {}): Promise<BenchDatabase> {
  const scratch = await createScratchDatabase();
  const handle = await connectDatabase(scratch.location, options).catch(async (error: unknown) => {
    await scratch.drop();
    throw error;
  });
  let plain: PlainDatabase | undefined;
  try {
    plain = await openPlain(scratch.location);
    const started = performance.now();
    await seedDatabase(handle, { people });
    const seedMs = performance.now() - started;
    // A database at work has planner statistics (autovacuum gathers them within a minute of
    // a bulk load); without them the first sections would measure PostgreSQL's guesses.
    if (handle.dialect === 'postgres') await plain.rows('ANALYZE');
    const opened = plain;
    return {
      location: scratch.location,
      handle,
      plain: opened,
      seedMs,
      async dispose() {
        await opened.close();
        await handle.close();
        await scratch.drop();
      },
    };
  } catch (error) {
    await plain?.close();
    await handle.close();
    await scratch.drop();
    throw error;
  }
}
