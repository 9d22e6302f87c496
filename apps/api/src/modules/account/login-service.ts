import { GraphQLError } from 'graphql';
import { eq } from 'drizzle-orm';
import { hashPassword, schema, verifyPassword } from '@brobygger/db';
import { loginSchema } from '@brobygger/domain';
import type { GraphQLContext } from '../../context';
import { audit } from '../../lib/audit';
import { rateLimited, unauthenticated } from '../../lib/errors';
import { FairQueue } from '../../lib/fair-queue';
import { takeLogin } from '../../lib/request-limits';
import { validate } from '../../lib/validate';
import { blockedUntil, clearFailures, countFailure } from './login-attempts';
import { createSession, endSession, sessionIdOf } from './session-service';
import { requireRole } from '../../authorization/acting-viewer';
import { ALL } from '../../authorization/permissions';

let dummyHash: Promise<string> | undefined;
/** Verifying against a throwaway hash makes an unknown e-mail take as long as a known one. */
const dummyPasswordHash = () => (dummyHash ??= hashPassword('not-a-real-password-ever'));

/** The hashing queue outside an HTTP server (scripts, unit tests), which have no RequestLimits. */
let localHashing: FairQueue | undefined;

/**
 * scrypt is slow on purpose; only PASSWORD_HASH_CONCURRENCY run at once, so a flood of logins
 * leaves threads for everyone else, and they take turns by client address (lib/fair-queue.ts),
 * so a flood from one address delays another address's login by one hash at most. Past
 * PASSWORD_HASH_QUEUE_PER_ADDRESS logins hashing or waiting from one address, one more is
 * refused at once with RATE_LIMITED (reason LOGIN), before its password is looked at.
 */
function verifyLimited(ctx: GraphQLContext, password: string, hash: string): Promise<boolean> {
  const hashing = ctx.rateLimits?.hashing ?? (localHashing ??= new FairQueue(ctx.env.PASSWORD_HASH_CONCURRENCY, ctx.env.PASSWORD_HASH_QUEUE_PER_ADDRESS));
  const verified = hashing.tryRun(ctx.clientAddress, () => verifyPassword(password, hash), ctx.signal);
  if (!verified) throw rateLimited('login', 1, new Date(), new Map([['retry-after', '1']]));
  return verified;
}

const WRONG_LOGIN = 'Wrong e-mail or password.';

/**
 * Logs in. A wrong password, an unknown e-mail and a deactivated account answer alike
 * (UNAUTHENTICATED, reason WRONG_LOGIN) unless the password is right; past the allowed failures
 * for an address — known or not — from this client, or from all clients together, attempts are
 * refused with TOO_MANY_ATTEMPTS and the time to try again (login-attempts.ts). Every attempt,
 * whatever its address, also counts against the client address's login bucket
 * (lib/request-limits.ts).
 */
export async function login(ctx: GraphQLContext, args: { email: string; password: string }) {
  // RATE_LIMITED past RATE_LIMIT_LOGINS_PER_MINUTE from this client address, before any work.
  takeLogin(ctx.rateLimits, ctx.clientAddress, new Date());
  const { email, password } = validate(loginSchema, args);
  const now = ctx.now();
  // Refused while this client, or everyone, is blocked for this address; such attempts are not
  // counted, so hammering during a block cannot make it longer (login-attempts.ts).
  const blocked = await blockedUntil(ctx, email);
  if (blocked) throw tooManyAttempts(blocked);
  const [user] = await ctx.db
    .select()
    .from(schema.users)
    .where(eq(schema.users.email, email.toLowerCase()));
  const valid = await verifyLimited(ctx, password, user?.passwordHash ?? (await dummyPasswordHash()));
  if (!user || !valid) {
    const counted = await countFailure(ctx, email);
    if (user) await auditFailure(ctx, user.id, counted.blockedUntil !== null);
    if (counted.blockedUntil) throw tooManyAttempts(counted.blockedUntil);
    throw wrongLogin();
  }
  // Only the right password learns that the account is deactivated.
  if (!user.active) {
    throw unauthenticated('DEACTIVATED', 'This account is deactivated.');
  }
  await clearFailures(ctx, email);
  const session = await createSession(ctx.handle, user.id, now);
  await ctx.handle.transaction(async (tx) => {
    await tx.update(schema.users).set({ lastLoginAt: now.toISOString() }).where(eq(schema.users.id, user.id));
    await audit(tx, { ...ctx, viewer: null }, { action: 'login', entityType: 'User', entityId: user.id });
  }, { changesData: false });
  ctx.cookies.set(session.token, session.expiresAt);
  // The rest of this answer (login { user { person … } }) is read as the new session sees it,
  // not as the anonymous caller (or an earlier account on the same cookie jar) did.
  ctx.viewer = {
    userId: user.id,
    email: user.email,
    role: user.role,
    personId: user.personId,
    organizationId: user.organizationId,
    sessionId: sessionIdOf(session.token),
  };
  return { user: { ...user, lastLoginAt: now.toISOString() }, expiresAt: session.expiresAt.toISOString() };
}

/** A failed login of an existing account, in the audit log; an unknown address leaves no trace there. */
async function auditFailure(ctx: GraphQLContext, userId: string, blocked: boolean): Promise<void> {
  await ctx.handle.transaction(
    (tx) => audit(tx, { ...ctx, viewer: null }, { action: blocked ? 'login-locked' : 'login-failed', entityType: 'User', entityId: userId }),
    { changesData: false },
  );
}

function wrongLogin() {
  return unauthenticated('WRONG_LOGIN', WRONG_LOGIN);
}

function tooManyAttempts(retryAt: string) {
  return new GraphQLError(`Too many failed logins for this address. Try again after ${retryAt.slice(11, 16)} UTC.`, {
    extensions: { code: 'TOO_MANY_ATTEMPTS', retryAt, params: { retryAt } },
  });
}

export async function logout(ctx: GraphQLContext): Promise<boolean> {
  const viewer = requireRole(ctx, ALL, 'logout');
  await endSession(ctx.handle, viewer.sessionId);
  ctx.cookies.clear();
  return true;
}
