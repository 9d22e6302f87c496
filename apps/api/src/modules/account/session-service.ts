import { createHash, randomBytes } from 'node:crypto';
import { and, eq, lt, or, sql } from 'drizzle-orm';
import { prepareRead, schema, type DbHandle } from '@brobygger/db';
import type { SessionRow, UserRow } from '@brobygger/db/schema';

/** A session ends after 30 minutes without a request, and after 8 hours whatever happens. */
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 8 * 60 * 60 * 1000;
/** lastSeenAt is written at most once a minute per session, to keep reads free of writes. */
const TOUCH_INTERVAL_MS = 60 * 1000;

export const SESSION_COOKIE = 'bb_session';

/** Session writes change nothing the graph or its metrics are derived from. */
const BOOKKEEPING = { changesData: false } as const;

/** The database keeps only a hash of the token, so a copy of the database opens no sessions. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(
  handle: DbHandle,
  userId: string,
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS);
  await handle.transaction(async (tx) => {
    // Old sessions of anyone are swept here rather than by a timer, so no API instance holds state.
    await tx
      .delete(schema.sessions)
      .where(
        or(
          lt(schema.sessions.expiresAt, now.toISOString()),
          lt(schema.sessions.lastSeenAt, new Date(now.getTime() - IDLE_TIMEOUT_MS).toISOString()),
        ),
      );
    await tx.insert(schema.sessions).values({
      id: sessionIdOf(token),
      userId,
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
    });
  }, BOOKKEEPING);
  return { token, expiresAt };
}

/**
 * Every request looks its session up, so the queries are built and prepared once per database
 * rather than on each request. The session and its user are read one table at a time, each by
 * its key: SQLite then always reads by the key, whatever its statistics say. As a join it
 * planned by them, and statistics gathered while the table held one session (after the
 * seeding) made it read every session on each request, about 0.2 ms with 100 signed in.
 */
const sessionLookups = new WeakMap<DbHandle['db'], ReturnType<typeof prepareSessionLookup>>();

/** The two reads of a session lookup, by `sessionId` and then by the session's `userId`. */
export function sessionLookupQueries(db: DbHandle['db']) {
  return {
    session: db.select().from(schema.sessions).where(eq(schema.sessions.id, sql.placeholder('sessionId'))),
    user: db.select().from(schema.users).where(eq(schema.users.id, sql.placeholder('userId'))),
  };
}

function prepareSessionLookup(handle: DbHandle) {
  const queries = sessionLookupQueries(handle.db);
  const session = prepareRead(queries.session, 'session_lookup');
  const user = prepareRead(queries.user, 'session_user_lookup');
  return async (sessionId: string): Promise<{ session: SessionRow; user: UserRow } | undefined> => {
    const [found] = await session({ sessionId });
    if (!found) return undefined;
    const [owner] = await user({ userId: found.userId });
    return owner && { session: found, user: owner };
  };
}

function sessionLookup(handle: DbHandle) {
  let lookup = sessionLookups.get(handle.db);
  if (!lookup) sessionLookups.set(handle.db, (lookup = prepareSessionLookup(handle)));
  return lookup;
}

export interface ActiveSession {
  sessionId: string;
  user: UserRow;
}

/** The live session for a cookie token, or null when missing, expired, idle or deactivated. */
export async function resolveSession(
  handle: DbHandle,
  token: string | undefined,
  now: Date,
): Promise<ActiveSession | null> {
  if (!token) return null;
  const sessionId = sessionIdOf(token);
  const found = await sessionLookup(handle)(sessionId);
  if (!found || !found.user.active) return null;
  const nowMs = now.getTime();
  const idleSince = Date.parse(found.session.lastSeenAt);
  if (Date.parse(found.session.expiresAt) <= nowMs || nowMs - idleSince > IDLE_TIMEOUT_MS) {
    await endSession(handle, sessionId);
    return null;
  }
  if (nowMs - idleSince > TOUCH_INTERVAL_MS) {
    await handle.transaction(async (tx) => {
      await tx.update(schema.sessions).set({ lastSeenAt: now.toISOString() }).where(eq(schema.sessions.id, sessionId));
    }, BOOKKEEPING);
  }
  return { sessionId, user: found.user };
}

export async function endSession(handle: DbHandle, sessionId: string): Promise<void> {
  await handle.transaction(async (tx) => {
    await tx.delete(schema.sessions).where(eq(schema.sessions.id, sessionId));
  }, BOOKKEEPING);
}

export async function endSessionsOfUser(
  tx: Parameters<Parameters<DbHandle['transaction']>[0]>[0],
  userId: string,
): Promise<void> {
  await tx.delete(schema.sessions).where(and(eq(schema.sessions.userId, userId)));
}
