import { eq, sql } from 'drizzle-orm';
import { hashPassword, schema, verifyPassword } from '@brobygger/db';
import { loginSchema } from '@brobygger/domain';
import type { GraphQLContext } from '../../context';
import { audit } from '../../lib/audit';
import { unauthenticated } from '../../lib/errors';
import { validate } from '../../lib/validate';
import { createSession, endSession } from './session-service';
import { requireRole } from '../../authorization/acting-viewer';
import { ALL } from '../../authorization/permissions';

/** Every this many wrong passwords in a row lock the account for LOCK_MINUTES. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

let dummyHash: Promise<string> | undefined;
/** Verifying against a throwaway hash makes an unknown e-mail take as long as a known one. */
const dummyPasswordHash = () => (dummyHash ??= hashPassword('not-a-real-password-ever'));

const WRONG_LOGIN = 'Wrong e-mail or password.';

export async function login(ctx: GraphQLContext, args: { email: string; password: string }) {
  const { email, password } = validate(loginSchema, args);
  const now = ctx.now();
  const [user] = await ctx.db
    .select()
    .from(schema.users)
    .where(eq(schema.users.email, email.toLowerCase()));
  if (!user) {
    await verifyPassword(password, await dummyPasswordHash());
    throw unauthenticated(WRONG_LOGIN);
  }
  if (user.lockedUntil && Date.parse(user.lockedUntil) > now.getTime()) {
    await verifyPassword(password, await dummyPasswordHash());
    await countFailure(ctx, user.id);
    throw lockedError(user.lockedUntil);
  }
  if (!(await verifyPassword(password, user.passwordHash))) {
    const lockedUntil = await countFailure(ctx, user.id);
    if (lockedUntil) throw lockedError(lockedUntil);
    throw unauthenticated(WRONG_LOGIN);
  }
  // Only the right password learns that the account is deactivated; a wrong one reads as any other.
  if (!user.active) throw unauthenticated('This account is deactivated.');
  const session = await createSession(ctx.handle, user.id, now);
  await ctx.handle.transaction(async (tx) => {
    await tx
      .update(schema.users)
      .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now.toISOString() })
      .where(eq(schema.users.id, user.id));
    await audit(tx, { ...ctx, viewer: null }, { action: 'login', entityType: 'User', entityId: user.id });
  }, { changesData: false });
  ctx.cookies.set(session.token, session.expiresAt);
  return { user: { ...user, lastLoginAt: now.toISOString() }, expiresAt: session.expiresAt.toISOString() };
}

/**
 * Counts one wrong password in a single statement, so concurrent attempts each count (a read
 * followed by a write would let them overwrite one another). Each MAX_FAILED_LOGINS-th failure
 * in a row locks the account; returns the new lock's end, or null.
 */
async function countFailure(ctx: GraphQLContext, userId: string): Promise<string | null> {
  const users = schema.users;
  const lockUntil = new Date(ctx.now().getTime() + LOCK_MINUTES * 60_000).toISOString();
  return ctx.handle.transaction(
    async (tx) => {
      const [counted] = await tx
        .update(users)
        .set({
          failedLogins: sql`${users.failedLogins} + 1`,
          lockedUntil: sql`CASE WHEN (${users.failedLogins} + 1) % ${MAX_FAILED_LOGINS} = 0 THEN ${lockUntil} ELSE ${users.lockedUntil} END`,
        })
        .where(eq(users.id, userId))
        .returning({ failedLogins: users.failedLogins, lockedUntil: users.lockedUntil });
      const locked = counted !== undefined && counted.failedLogins % MAX_FAILED_LOGINS === 0;
      await audit(tx, { ...ctx, viewer: null }, {
        action: locked ? 'login-locked' : 'login-failed',
        entityType: 'User',
        entityId: userId,
      });
      return locked ? lockUntil : null;
    },
    { changesData: false },
  );
}

function lockedError(lockedUntil: string) {
  const error = unauthenticated(
    `Too many failed logins. The account is locked until ${lockedUntil.slice(11, 16)} UTC; try again then.`,
  );
  error.extensions.retryAt = lockedUntil;
  error.extensions.reason = 'LOCKED';
  return error;
}

export async function logout(ctx: GraphQLContext): Promise<boolean> {
  const viewer = requireRole(ctx, ALL, 'logout');
  await endSession(ctx.handle, viewer.sessionId);
  ctx.cookies.clear();
  return true;
}
