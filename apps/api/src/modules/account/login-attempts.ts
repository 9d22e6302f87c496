import { createHmac, hkdfSync } from 'node:crypto';
import { and, eq, inArray, lt, lte, or, isNull, sql } from 'drizzle-orm';
import { schema, type Db } from '@brobygger/db';
import type { GraphQLContext } from '../../context';

const attempts = schema.loginAttempts;
const MINUTE = 60_000;

/**
 * Two runs of failures are kept for each login e-mail address, known or not:
 * - per e-mail address *and client address* (LOGIN_MAX_FAILURES, 5): what one client may try
 *   before it backs off. Its block stops that client only, so an attacker who guesses at an
 *   account from their own address locks out themselves, never the account's owner elsewhere;
 * - per e-mail address across all client addresses (LOGIN_ACCOUNT_MAX_FAILURES, 50): what the
 *   world may try, so guessing spread over many addresses backs off too. Its block stops
 *   everyone, and takes that many failures from clients not blocked themselves.
 * Both are kept under keyed hashes (no e-mail or client address is stored) and back off alike.
 */
type Run = 'address' | 'account';

let hmacKey: { secret: string; key: Buffer } | undefined;

/** The key a run of failures is kept under: a keyed hash, so neither address is stored. */
function keyOf(ctx: GraphQLContext, run: Run, email: string): string {
  if (hmacKey?.secret !== ctx.env.PSEUDONYM_SECRET) {
    const key = Buffer.from(hkdfSync('sha256', ctx.env.PSEUDONYM_SECRET, 'brobygger-logins', 'login-attempts', 32));
    hmacKey = { secret: ctx.env.PSEUDONYM_SECRET, key };
  }
  const subject = run === 'account' ? `account\u0000${email.toLowerCase()}` : `address\u0000${email.toLowerCase()}\u0000${ctx.clientAddress}`;
  return createHmac('sha256', hmacKey.key).update(subject).digest('base64url');
}

function keysOf(ctx: GraphQLContext, email: string): Record<Run, string> {
  return { address: keyOf(ctx, 'address', email), account: keyOf(ctx, 'account', email) };
}

/**
 * Until when logins for this e-mail address are refused to this client, or null when they are
 * not: the later of its own block and the account's.
 */
export async function blockedUntil(ctx: GraphQLContext, email: string): Promise<string | null> {
  const keys = keysOf(ctx, email);
  const rows = await ctx.db
    .select({ until: attempts.blockedUntil })
    .from(attempts)
    .where(inArray(attempts.key, [keys.address, keys.account]));
  const now = ctx.now().toISOString();
  return latest(rows.map((row) => (row.until && row.until > now ? row.until : null)));
}

function latest(times: readonly (string | null)[]): string | null {
  return times.reduce<string | null>((max, time) => (time && (!max || time > max) ? time : max), null);
}

/**
 * Counts one failed login in a run, in one statement (so attempts sent at once each count),
 * and backs off: past `max` failures in LOGIN_WINDOW_MINUTES, logins are refused for 1, 2, 4 …
 * minutes, at most the window. A failure while a block is running is not counted and sets no
 * block (the login service refuses those before checking the password; this covers attempts
 * that raced past that check), so hammering during a block changes nothing: each later block
 * takes a failure after the last one ended. A run older than the window, with no block
 * running, starts over.
 */
async function countIn(tx: Db, key: string, max: number, ctx: GraphQLContext): Promise<{ failures: number; blockedUntil: string | null }> {
  const now = ctx.now();
  const iso = now.toISOString();
  const window = ctx.env.LOGIN_WINDOW_MINUTES;
  const windowStart = new Date(now.getTime() - window * MINUTE).toISOString();
  const running = sql`coalesce(${attempts.blockedUntil}, '') > ${iso}`;
  const stale = sql`${attempts.windowStartedAt} < ${windowStart}`;
  const [row] = await tx
    .insert(attempts)
    .values({ key, failures: 1, windowStartedAt: iso })
    .onConflictDoUpdate({
      target: attempts.key,
      set: {
        failures: sql`CASE WHEN ${running} THEN ${attempts.failures} WHEN ${stale} THEN 1 ELSE ${attempts.failures} + 1 END`,
        windowStartedAt: sql`CASE WHEN ${running} THEN ${attempts.windowStartedAt} WHEN ${stale} THEN ${iso} ELSE ${attempts.windowStartedAt} END`,
      },
    })
    .returning();
  const failures = row?.failures ?? 1;
  const current = row?.blockedUntil && row.blockedUntil > iso ? row.blockedUntil : null;
  if (current || failures < max) return { failures, blockedUntil: current };
  const minutes = Math.min(2 ** (failures - max), window);
  const until = new Date(now.getTime() + minutes * MINUTE).toISOString();
  await tx.update(attempts).set({ blockedUntil: until }).where(eq(attempts.key, key));
  return { failures, blockedUntil: until };
}

/** When stale runs were last cleared out, per instance: at most once a minute. */
let lastPruned = 0;

/** Runs whose window has passed with no block running mean nothing any more: they would start over. */
async function pruneStaleRuns(tx: Db, ctx: GraphQLContext): Promise<void> {
  const now = ctx.now();
  if (Math.abs(now.getTime() - lastPruned) < MINUTE) return;
  lastPruned = now.getTime();
  const iso = now.toISOString();
  const windowStart = new Date(now.getTime() - ctx.env.LOGIN_WINDOW_MINUTES * MINUTE).toISOString();
  await tx
    .delete(attempts)
    .where(and(lt(attempts.windowStartedAt, windowStart), or(isNull(attempts.blockedUntil), lte(attempts.blockedUntil, iso))));
}

/**
 * Counts one wrong password for the e-mail address, known or not, from this client: in its own
 * run and in the account's run across all clients (see `Run`). Answers until when this client
 * is now refused (the later of the two blocks), or null.
 */
export async function countFailure(ctx: GraphQLContext, email: string): Promise<{ blockedUntil: string | null }> {
  const keys = keysOf(ctx, email);
  return ctx.handle.transaction(
    async (tx) => {
      await pruneStaleRuns(tx, ctx);
      const own = await countIn(tx, keys.address, ctx.env.LOGIN_MAX_FAILURES, ctx);
      const account = await countIn(tx, keys.account, ctx.env.LOGIN_ACCOUNT_MAX_FAILURES, ctx);
      return { blockedUntil: latest([own.blockedUntil, account.blockedUntil]) };
    },
    { changesData: false },
  );
}

/**
 * The right password ends this client's run. The account's run goes on: the owner logging in
 * does not give guessers spread over other addresses a fresh allowance.
 */
export async function clearFailures(ctx: GraphQLContext, email: string): Promise<void> {
  const key = keyOf(ctx, 'address', email);
  await ctx.handle.transaction((tx) => tx.delete(attempts).where(eq(attempts.key, key)), { changesData: false });
}
