import type { DbHandle } from '@brobygger/db';
import { isDatabaseEmpty, seedDatabase } from '@brobygger/db/seed';

/**
 * A fresh install starts with the demo network, so there is something to look at at once. It
 * is dated up to today, so the demo's open introductions are still open when someone looks.
 */
export async function seedIfEmpty(handle: DbHandle): Promise<void> {
  if (!(await isDatabaseEmpty(handle))) return;
  const started = Date.now();
  const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  // Checked again inside the write: instances starting together on one database seed it once.
  const summary = await seedDatabase(handle, { now: today, onlyIfEmpty: true });
  if (!summary) return;
  console.log(
    JSON.stringify({ level: 'info', msg: 'seeded demo data', ms: Date.now() - started, summary }),
  );
  console.log('Demo logins (password brobygger-demo): coordinator@example.org, employer@example.org, researcher@example.org, participant@example.org, admin@example.org');
}
