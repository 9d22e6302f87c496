import { createReadStream } from 'node:fs';
import { connectDatabase } from '@brobygger/db';
import { importRegister, readRegister } from '@brobygger/api/import';

/**
 * One import in a process of its own, so its peak memory is its own: prints one JSON line
 * with rows, wall and CPU time, and the peak resident set size. Modes: `read` (parse only, the baseline),
 * `dry` (dry run) and `real`. The database is the one DATABASE_URL names, or else the SQLite file DATABASE.
 */
async function main(): Promise<void> {
  const [mode, file, database] = process.argv.slice(2);
  if (!mode || !file || database === undefined) throw new Error('usage: import-child read|dry|real FILE DATABASE');
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let rows = 0;
  if (mode === 'read') {
    for await (const _row of readRegister(createReadStream(file, { highWaterMark: 1 << 20 }))) rows++;
  } else {
    const handle = await connectDatabase({ url: process.env.DATABASE_URL, path: database });
    const report = await importRegister(handle, createReadStream(file, { highWaterMark: 1 << 20 }), {
      dryRun: mode === 'dry',
      actor: { userId: null, role: null },
      now: new Date(),
    });
    rows = report.rowsRead;
    await handle.close();
  }
  const elapsedMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  clearInterval(sampler);
  // maxRSS (KiB) catches a peak between two samples.
  peak = Math.max(peak, process.resourceUsage().maxRSS * 1024);
  console.log(JSON.stringify({ rows, elapsedMs, cpuMs, peakRss: peak }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
