/**
 * `pnpm db:seed [--people N] [--seed S] [--reset]`: fills the database at DATABASE_PATH (default
 * `data/brobygger.db` at the repository root) with the Grenland demo network, or a synthetic one
 * of N people. Refuses a database that already holds data unless `--reset` is given.
 */
import { parseArgs } from 'node:util';
import { connectDatabase } from '../connect';
import { clearDatabase, isDatabaseEmpty, seedDatabase } from '../seed/index';
import { databaseLocation, describeLocation } from './database-path';

const USAGE = `Usage: pnpm db:seed [--people N] [--seed S] [--reset]

  --people N   a synthetic network of N people (default: the Grenland demo network)
  --seed S     seed of the random generator (same seed, same data)
  --reset      delete every row first, if the database is not empty
  --today D    the day the data is dated up to, YYYY-MM-DD (default: today, so open
               introductions are still open; give a fixed day for byte-identical data)
Database: DATABASE_URL when set (PostgreSQL), else DATABASE_PATH (default data/brobygger.db
at the repository root).`;

function integer(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new Error(`--${name} must be a whole number, got "${value}"`);
  return n;
}

/** The seed's "today": the given day, or the current one (UTC). */
function dayOf(value: string | undefined): Date {
  const day = value ?? new Date().toISOString().slice(0, 10);
  const date = new Date(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(date.getTime())) {
    throw new Error(`--today must be a date like 2026-11-01, got "${day}"`);
  }
  return date;
}

async function main(): Promise<number> {
  // pnpm may pass a lone "--" before the script's own arguments.
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const { values } = parseArgs({
    args,
    options: {
      people: { type: 'string' },
      seed: { type: 'string' },
      reset: { type: 'boolean', default: false },
      today: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const people = integer('people', values.people);
  const seed = integer('seed', values.seed);
  const location = databaseLocation();
  const path = describeLocation(location);
  const handle = await connectDatabase(location);
  try {
    if (!(await isDatabaseEmpty(handle))) {
      if (!values.reset) {
        console.error(`${path} already holds data; run with --reset to delete it and seed again.`);
        return 1;
      }
      const deleted = await clearDatabase(handle);
      console.log(`Deleted ${deleted} rows from ${path}.`);
    }
    console.log(
      people === undefined
        ? 'Seeding the Grenland demo network…'
        : `Seeding a synthetic network of ${people} people…`,
    );
    const summary = await seedDatabase(handle, { people, seed, now: dayOf(values.today) });
    console.log(
      `Seeded ${path} in ${(summary.elapsedMs / 1000).toFixed(1)} s (${summary.mode}, seed ${summary.seed}, today ${summary.today}):`,
    );
    for (const [table, count] of Object.entries(summary.counts))
      console.log(`  ${table.padEnd(18)} ${count}`);
    console.log('\nDemo logins (demo data only):');
    for (const login of summary.logins) {
      console.log(
        `  ${login.email.padEnd(26)} ${login.password}   ${login.role.padEnd(12)} ${login.description}`,
      );
    }
    return 0;
  } finally {
    await handle.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
