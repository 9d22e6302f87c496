import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type OpenOptions, type SqliteHandle } from '@brobygger/db';
import { seedDatabase } from '@brobygger/db/seed';

export interface BenchDatabase {
  path: string;
  handle: SqliteHandle;
  seedMs: number;
  dispose(): Promise<void>;
}

/** A temporary database holding the synthetic network of `people` people. */
export async function syntheticDatabase(people: number, options: OpenOptions = {}): Promise<BenchDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'brobygger-bench-'));
  const path = join(dir, 'bench.db');
  const handle = openDatabase(path, options);
  const started = performance.now();
  await seedDatabase(handle, { people });
  const seedMs = performance.now() - started;
  return {
    path,
    handle,
    seedMs,
    async dispose() {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
