import { createHmac, hkdfSync } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { schema } from '@brobygger/db';
import type { GraphQLContext } from '../../context';

const attempts = schema.loginAttempts;
const MINUTE = 60_000;

/** The key a run of failures is kept under: a keyed hash, so no e-mail address is stored. */
function keyOf(ctx: GraphQLContext, email: string): string {
  const key = Buffer.from(hkdfSync('sha256', ctx.env.PSEUDONYM_SECRET, 'brobygger-logins', 'login-attempts', 32));
  return createHmac('sha256', key).update(email.toLowerCase()).digest('base64url');
}

/** Until when logins for this address are refused, or null when they are not. */
export async function blockedUntil(ctx: GraphQLContext, email: string): Promise<string | null> {
  const [row] = await ctx.db.select({ until: attempts.blockedUntil }).from(attempts).where(eq(attempts.key, keyOf(ctx, email)));
  return row?.until && row.until > ctx.now().toISOString() ? row.until : null;
}

/**
 * Counts one failed or refused login for the address, known or not, in one statement (so
 * attempts sent at once each count), and backs off: past LOGIN_MAX_FAILURES failures in
 * LOGIN_WINDOW_MINUTES, logins are refused for 1, 2, 4 … minutes, at most the window. A block
 * is set only when none is running, so attempts during one do not lengthen it: an attacker
 * can delay an account's logins by the window at most, never lock it for ever.
 */
export async function countFailure(ctx: GraphQLContext, email: string): Promise<{ failures: number; blockedUntil: string | null }> {
  const now = ctx.now();
  const iso = now.toISOString();
  const { LOGIN_MAX_FAILURES: max, LOGIN_WINDOW_MINUTES: window } = ctx.env;
  const windowStart = new Date(now.getTime() - window * MINUTE).toISOString();
  const key = keyOf(ctx, email);
  return ctx.handle.transaction(
    async (tx) => {
      // A run older than the window, with no block running, starts over.
      const [row] = await tx
        .insert(attempts)
        .values({ key, failures: 1, windowStartedAt: iso })
        .onConflictDoUpdate({
          target: attempts.key,
          set: {
            failures: sql`CASE WHEN ${attempts.windowStartedAt} < ${windowStart} AND coalesce(${attempts.blockedUntil}, '') <= ${iso} THEN 1 ELSE ${attempts.failures} + 1 END`,
            windowStartedAt: sql`CASE WHEN ${attempts.windowStartedAt} < ${windowStart} AND coalesce(${attempts.blockedUntil}, '') <= ${iso} THEN ${iso} ELSE ${attempts.windowStartedAt} END`,
          },
        })
        .returning();
      const failures = row?.failures ?? 1;
      const running = row?.blockedUntil && row.blockedUntil > iso ? row.blockedUntil : null;
      if (running || failures < max) return { failures, blockedUntil: running };
      const minutes = Math.min(2 ** (failures - max), window);
      const until = new Date(now.getTime() + minutes * MINUTE).toISOString();
      await tx.update(attempts).set({ blockedUntil: until }).where(eq(attempts.key, key));
      return { failures, blockedUntil: until };
    },
    { changesData: false },
  );
}

/** A right password ends the run. */
export async function clearFailures(ctx: GraphQLContext, email: string): Promise<void> {
  await ctx.handle.transaction((tx) => tx.delete(attempts).where(eq(attempts.key, keyOf(ctx, email))), { changesData: false });
}
