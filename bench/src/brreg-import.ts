import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { DatabaseLocation } from '@brobygger/db';
import { createScratchDatabase } from '@brobygger/db/testing';
import { writeRegisterCsv } from './brreg/register-file';
import { figure, line, report, type Row } from './figures';

const run = promisify(execFile);
const CHILD = fileURLToPath(new URL('./brreg/import-child.ts', import.meta.url));

interface ChildResult {
  rows: number;
  elapsedMs: number;
  cpuMs: number;
  peakRss: number;
}

/**
 * One run in a process of its own. The child opens `database` with connectDatabase, so it is
 * started with DATABASE_URL naming that database on PostgreSQL and without it on SQLite.
 */
async function inChild(mode: 'read' | 'dry' | 'real', file: string, database: DatabaseLocation): Promise<ChildResult> {
  const { DATABASE_URL: _server, ...env } = process.env;
  const { stdout } = await run(process.execPath, ['--import', 'tsx', CHILD, mode, file, database.path], {
    maxBuffer: 1 << 20,
    env: database.url ? { ...env, DATABASE_URL: database.url } : env,
  });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as ChildResult;
}

/** `inChild` on an empty, migrated database of the run's dialect of its own, dropped after. */
async function inScratch(mode: 'read' | 'dry' | 'real', file: string): Promise<ChildResult> {
  const scratch = await createScratchDatabase();
  try {
    return await inChild(mode, file, scratch.location);
  } finally {
    await scratch.drop();
  }
}

/** Wall-clock rate, and the rate per CPU-second, which a busy shared machine disturbs less; peak memory. */
function rates(id: string, result: ChildResult) {
  return line`${figure(`${id}.rowsPerSecond`, result.rows / (result.elapsedMs / 1000), 'rows/s', { grouped: true })} (${figure(
    `${id}.rowsPerCpuSecond`,
    result.rows / (result.cpuMs / 1000),
    'per CPU-second',
    { grouped: true },
  )}), peak RSS ${figure(`${id}.peakRssMB`, result.peakRss / 1024 ** 2, 'MB', { digits: 0 })}`;
}

/**
 * The business-register import: a generated register CSV of 50,000 and 200,000 rows, parsed
 * only (the baseline), dry-run and imported for real into an empty database of the run's
 * dialect, each in its own process. Goal: ≥ 20,000 rows/s, and a peak memory that does not
 * grow with the file.
 */
export async function benchBrregImport(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'brobygger-bench-brreg-'));
  try {
    const rows: Row[] = [];
    for (const size of [50_000, 200_000]) {
      const file = join(dir, `enheter-${size}.csv`);
      await writeRegisterCsv(file, size);
      const id = `brreg.rows${size}`;
      const label = `${size.toLocaleString('en')} rows`;
      const read = await inChild('read', file, { path: '' });
      const dry = await inScratch('dry', file);
      const real = await inScratch('real', file);
      rows.push(
        [`${label}, file size`, figure(`${id}.fileMB`, statSync(file).size / 1024 ** 2, 'MB', { digits: 0 })],
        [`${label}, parse only`, rates(`${id}.parse`, read)],
        [`${label}, dry run`, rates(`${id}.dryRun`, dry)],
        [`${label}, import`, line`${rates(`${id}.import`, real)}, ${figure(`${id}.import.seconds`, real.elapsedMs / 1000, 's')}`],
      );
    }
    report('Business-register import (CSV, each run in its own process, CPU time of that process alone; goal ≥ 20,000 rows/s)', rows);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
