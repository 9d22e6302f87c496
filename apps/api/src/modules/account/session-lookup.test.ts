import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { activeDialect, connectDatabase, schema, selectRows, type DbHandle } from '@brobygger/db';
import { createScratchDatabase, type ScratchDatabase } from '@brobygger/db/testing';
import { seedDatabase } from '@brobygger/db/seed';
import { createSession, resolveSession, sessionLookupQueries } from './session-service';

/**
 * Every request looks its session up. The planner's statistics were gathered when the sessions
 * table held one session (as after a seeding); since then many have signed in.
 */
let scratch: ScratchDatabase;
let handle: DbHandle;
let userId: string;
const tokens: string[] = [];
const now = new Date();

beforeAll(async () => {
  scratch = await createScratchDatabase();
  handle = await connectDatabase(scratch.location);
  await seedDatabase(handle, { people: 100 });
  const [user] = await handle.db
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(eq(schema.users.role, 'COORDINATOR'));
  userId = user!.id;
  tokens.push((await createSession(handle, userId, now)).token);
  await handle.refreshStatistics();
  for (let i = 0; i < 200; i++) tokens.push((await createSession(handle, userId, now)).token);
});
afterAll(async () => {
  await handle.close();
  await scratch.drop();
});

/** SQLite's plan for a query, one line per table it reads. */
async function planOf(query: { toSQL(): { sql: string } }): Promise<string[]> {
  const text = query.toSQL().sql.replaceAll('?', `'x'`);
  const rows = await selectRows<{ detail: string }>(
    handle.db,
    sql.raw(`EXPLAIN QUERY PLAN ${text}`),
  );
  return rows.map((row) => row.detail);
}

describe('the session lookup', () => {
  it('finds the session of each token and its user, and no session for a token never given out', async () => {
    for (const token of [tokens[0]!, tokens[100]!, tokens.at(-1)!]) {
      expect((await resolveSession(handle, token, now))?.user.id).toBe(userId);
    }
    expect(await resolveSession(handle, 'not-a-token', now)).toBeNull();
  });

  it.skipIf(activeDialect !== 'sqlite')(
    'reads the session and its user by their keys, however stale the statistics',
    async () => {
      const { session, user } = sessionLookupQueries(handle.db);
      // The statistics are stale as described: a join planned by them reads every session.
      const joined = handle.db
        .select()
        .from(schema.sessions)
        .innerJoin(schema.users, eq(schema.users.id, schema.sessions.userId))
        .where(eq(schema.sessions.id, sql.placeholder('sessionId')));
      expect(await planOf(joined)).toContainEqual(expect.stringMatching(/^SCAN sessions/));
      for (const query of [session, user]) {
        const plan = await planOf(query);
        expect(plan).toHaveLength(1);
        expect(plan[0]).toMatch(/^SEARCH \w+ USING INDEX sqlite_autoindex_\w+ \(id=\?\)$/);
      }
    },
  );
});
