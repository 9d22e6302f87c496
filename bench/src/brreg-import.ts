import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { writeRegisterCsv } from './brreg/register-file';
import { report } from './stats';

const run = promisify(execFile);
const CHILD = fileURLToPath(new URL('./brreg/import-child.ts', import.meta.url));

interface ChildResult {
  rows: number;
  elapsedMs: number;
  cpuMs: number;
  peakRss: number;
}

async function inChild(mode: 'read' | 'dry' | 'real', file: string, database: string): Promise<ChildResult> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', CHILD, mode, file, database], {
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as ChildResult;
}

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;
const perSecond = (rows: number, ms: number) => Math.round(rows / (ms / 1000)).toLocaleString('en');
/** Wall-clock rate, and the rate per CPU-second, which a busy shared machine disturbs less. */
const rate = (result: ChildResult) =>
  `${perSecond(result.rows, result.elapsedMs)} rows/s (${perSecond(result.rows, result.cpuMs)} per CPU-second)`;

/**
 * The business-register import: a generated register CSV of 50,000 and 200,000 rows, parsed
 * only (the baseline), dry-run and imported for real into an empty database, each in its own
 * process. Goal: ≥ 20,000 rows/s, and a peak memory that does not grow with the file.
 */
export async function benchBrregImport(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'brobygger-bench-brreg-'));
  try {
    const rows: [string, string][] = [];
    for (const size of [50_000, 200_000]) {
      const file = join(dir, `enheter-${size}.csv`);
      await writeRegisterCsv(file, size);
      const label = `${size.toLocaleString('en')} rows (${mb(statSync(file).size)})`;
      const read = await inChild('read', file, join(dir, `read-${size}.db`));
      const dry = await inChild('dry', file, join(dir, `dry-${size}.db`));
      const real = await inChild('real', file, join(dir, `real-${size}.db`));
      rows.push(
        [`${label}, parse only`, `${rate(read)}, peak RSS ${mb(read.peakRss)}`],
        [`${label}, dry run`, `${rate(dry)}, peak RSS ${mb(dry.peakRss)}`],
        [`${label}, import`, `${rate(real)}, peak RSS ${mb(real.peakRss)}, ${(real.elapsedMs / 1000).toFixed(1)} s`],
      );
    }
    report('Business-register import (CSV, each run in its own process; goal ≥ 20,000 rows/s)', rows);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
