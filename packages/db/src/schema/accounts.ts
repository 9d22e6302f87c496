import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ROLES } from '@brobygger/domain';
import { organizations } from './organizations';
import { people } from './people';
import { timestamps } from './timestamps';

/** A login. Participants and employers are linked to their person / organisation. */
export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    personId: text('person_id').references(() => people.id, { onDelete: 'set null' }),
    organizationId: text('organization_id').references(() => organizations.id, {
      onDelete: 'set null',
    }),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: text('locked_until'),
    termsAcceptedAt: text('terms_accepted_at'),
    lastLoginAt: text('last_login_at'),
    ...timestamps(),
  },
  (t) => [uniqueIndex('users_email_unique').on(t.email)],
);

/** A server-side session; the cookie holds a random token whose SHA-256 is the id. */
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: text('created_at').notNull(),
    lastSeenAt: text('last_seen_at').notNull(),
    /** Absolute end of the session, whatever the activity. */
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * Runs of failed logins per e-mail address, known or not, two for each: one per client address
 * and one across all client addresses (keyed by keyed hashes of the e-mail and client address,
 * so neither is stored and an unknown e-mail is throttled exactly like an account): the login
 * service backs off from these (apps/api/src/modules/account/login-attempts.ts).
 */
export const loginAttempts = sqliteTable('login_attempts', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  /** When the current run of failures began; a run older than the window starts over. */
  windowStartedAt: text('window_started_at').notNull(),
  /** Attempts are refused until then. */
  blockedUntil: text('blocked_until'),
});

export type UserRow = typeof users.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
