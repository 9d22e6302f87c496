/**
 * `pnpm db:migrate`: applies the committed migrations to the database (DATABASE_URL, else the
 * SQLite file at DATABASE_PATH, default `data/brobygger.db` at the repository root) and prints
 * which ones it applied.
 */
import { connectDatabase } from '../connect';
import { databaseLocation, describeLocation } from './database-path';

async function main(): Promise<void> {
  const location = databaseLocation();
  const name = describeLocation(location);
  const before = await connectDatabase(location, { migrate: false });
  const was = await before.migrationStatus().finally(() => before.close());

  const after = await connectDatabase(location);
  const now = await after.migrationStatus().finally(() => after.close());

  const fresh = was.pending.filter((tag) => !now.pending.includes(tag));
  if (fresh.length === 0) {
    console.log(`${name} is up to date (${now.applied} migrations applied).`);
    return;
  }
  console.log(`Applied ${fresh.length} migration${fresh.length === 1 ? '' : 's'} to ${name}:`);
  for (const tag of fresh) console.log(`  ${tag}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
