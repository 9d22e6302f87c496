import { eq } from 'drizzle-orm';
import { hashPassword, schema, verifyPassword } from '@brobygger/db';
import { loginSchema } from '@brobygger/domain';
import type { GraphQLContext } from '../../context';
import { audit } from '../../lib/audit';
import { unauthenticated } from '../../lib/errors';
import { validate } from '../../lib/validate';
import { createSession, endSession } from './session-service';

/** After this many wrong passwords in a row the account is locked for LOCK_MINUTES. */
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
    throw lockedError(user.lockedUntil);
  }
  const valid = await verifyPassword(password, user.passwordHash);
  if (!valid || !user.active) {
    const failed = user.failedLogins + 1;
    const lockedUntil =
      failed >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString() : null;
    await ctx.handle.transaction(async (tx) => {
      await tx
        .update(schema.users)
        .set({ failedLogins: lockedUntil ? 0 : failed, lockedUntil })
        .where(eq(schema.users.id, user.id));
      await audit(tx, { ...ctx, viewer: null }, {
        action: lockedUntil ? 'login-locked' : 'login-failed',
        entityType: 'User',
        entityId: user.id,
      });
    }, { changesData: false });
    if (lockedUntil) throw lockedError(lockedUntil);
    throw unauthenticated(user.active ? WRONG_LOGIN : 'This account is deactivated.');
  }
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

function lockedError(lockedUntil: string) {
  const error = unauthenticated(
    `Too many failed logins. The account is locked until ${lockedUntil.slice(11, 16)} UTC; try again then.`,
  );
  error.extensions.retryAt = lockedUntil;
  error.extensions.reason = 'LOCKED';
  return error;
}

export async function logout(ctx: GraphQLContext): Promise<boolean> {
  if (ctx.viewer) await endSession(ctx.handle, ctx.viewer.sessionId);
  ctx.cookies.clear();
  return true;
}
