import { createReadStream, statSync } from 'node:fs';
import { SingleBar, Presets } from 'cli-progress';
import { connectDatabase } from '@brobygger/db';
import { loadEnv } from '../../../env';
import { importRegister } from '../brreg/import-register';
import { formatReport } from '../format-report';
import { parseCli, USAGE } from './parse-args';

/** `pnpm import:brreg FILE …`: imports a register file into the database the server uses (DATABASE_PATH). */
async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const options = parseCli(process.argv.slice(2));
  const env = loadEnv();
  const handle = await connectDatabase(env.database);
  const size = statSync(options.file).size;
  const input = createReadStream(options.file, { highWaterMark: 1 << 20 });
  const bar = new SingleBar(
    { format: '{bar} {percentage}% | {mb} of {totalMb} MB | {rows} rows', hideCursor: true },
    Presets.shades_classic,
  );
  const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
  let rows = 0;
  bar.start(size, 0, { mb: mb(0), totalMb: mb(size), rows });
  // Bytes of the file read so far, compressed or not: what the bar measures.
  const timer = setInterval(() => bar.update(input.bytesRead, { mb: mb(input.bytesRead), rows }), 200);
  try {
    const report = await importRegister(handle, input, {
      dryRun: options.dryRun,
      municipalities: options.municipalities,
      orgNumbers: options.orgNumbers,
      actor: { userId: null, role: null },
      now: new Date(),
      unpackLimits: { maxBytes: env.IMPORT_MAX_UNPACKED_BYTES, maxRatio: env.IMPORT_MAX_UNPACK_RATIO },
      onProgress: (read) => {
        rows = read;
      },
    });
    bar.update(size, { mb: mb(size), rows });
    bar.stop();
    console.log(`${options.file} → ${handle.location}`);
    console.log(formatReport(report));
  } catch (error) {
    bar.stop();
    throw error;
  } finally {
    clearInterval(timer);
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.error('Nothing was written.');
  process.exit(1);
});
