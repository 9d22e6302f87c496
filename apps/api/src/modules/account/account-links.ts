import { and, eq, inArray } from 'drizzle-orm';
import { schema, type Db } from '@brobygger/db';
import type { PersonRow, UserRow } from '@brobygger/db/schema';
import type { AuditAction, Role } from '@brobygger/domain';
import type { GraphQLContext } from '../../context';
import { audit } from '../../lib/audit';
import { noteProfileRead } from '../../privacy/profile-reads';

/** An account linked to a person now or before, as that person sees it. */
export interface AccountLinkView {
  email: string;
  role: Role;
  active: boolean;
  linkedAt: string;
  linkedByRole: Role | null;
  unlinkedAt: string | null;
  passwordResetAt: string | null;
}

const LINKED: AuditAction = 'account-linked';
const UNLINKED: AuditAction = 'account-unlinked';
const PASSWORD_RESET: AuditAction = 'account-password-reset';

type Actor = Pick<GraphQLContext, 'now' | 'viewer'>;
type Account = Pick<UserRow, 'id' | 'role' | 'email'>;

/** One event on the person, so it is in the audit log and the person sees it (accountLinksOf). */
async function noteOnPerson(tx: Db, actor: Actor, action: AuditAction, personId: string, account: Account): Promise<void> {
  await audit(tx, actor, {
    action,
    entityType: 'Person',
    entityId: personId,
    detail: { userId: account.id, role: account.role, email: account.email },
  });
}

/**
 * Records that an account was linked to a person: an admin cannot act as a participant unseen,
 * and unlinking afterwards does not hide it (recordAccountUnlink).
 */
export async function recordAccountLink(tx: Db, actor: Actor, account: Account & Pick<UserRow, 'personId'>): Promise<void> {
  if (account.personId) await noteOnPerson(tx, actor, LINKED, account.personId, account);
}

/** Records that an account was taken off the person it was linked to. */
export async function recordAccountUnlink(tx: Db, actor: Actor, personId: string, account: Account): Promise<void> {
  await noteOnPerson(tx, actor, UNLINKED, personId, account);
}

/** Records that someone else (an admin) set the password of an account linked to a person. */
export async function recordPasswordReset(tx: Db, actor: Actor, account: Account & Pick<UserRow, 'personId'>): Promise<void> {
  if (account.personId) await noteOnPerson(tx, actor, PASSWORD_RESET, account.personId, account);
}

interface AccountHistory {
  userId: string;
  email: string;
  role: Role;
  linkedAt: string | null;
  linkedByRole: Role | null;
  unlinkedAt: string | null;
  passwordResetAt: string | null;
}

/**
 * Every account linked to a person, now or before, with when and by whom it was linked, when
 * it was unlinked and when someone else last set its password: for the person themselves and
 * for coordinators; nobody else. Read from the audit log, so a link made and undone while the
 * person was not looking still shows.
 */
export async function accountLinksOf(ctx: GraphQLContext, person: PersonRow): Promise<AccountLinkView[]> {
  const viewer = ctx.viewer;
  const self = viewer?.role === 'PARTICIPANT' && viewer.personId === person.id;
  if (!self && viewer?.role !== 'COORDINATOR') return [];
  // A participant's login e-mail is beyond the card: a coordinator's read of it is audited.
  if (person.isParticipant) noteProfileRead(ctx, person);
  const users = schema.users;
  const events = schema.auditEvents;
  const [current, history] = await Promise.all([
    ctx.db.select().from(users).where(eq(users.personId, person.id)),
    ctx.db
      .select({ at: events.at, action: events.action, role: events.role, detail: events.detail })
      .from(events)
      .where(and(eq(events.entityType, 'Person'), eq(events.entityId, person.id), inArray(events.action, [LINKED, UNLINKED, PASSWORD_RESET])))
      .orderBy(events.at, events.id),
  ]);
  const byAccount = new Map<string, AccountHistory>();
  const entryOf = (userId: string, email: string, role: Role) => {
    let entry = byAccount.get(userId);
    if (!entry) byAccount.set(userId, (entry = { userId, email, role, linkedAt: null, linkedByRole: null, unlinkedAt: null, passwordResetAt: null }));
    return entry;
  };
  for (const event of history) {
    const detail = JSON.parse(event.detail ?? '{}') as { userId?: string; email?: string; role?: Role };
    if (!detail.userId) continue;
    const entry = entryOf(detail.userId, detail.email ?? '', detail.role ?? 'PARTICIPANT');
    if (event.action === LINKED) Object.assign(entry, { linkedAt: event.at, linkedByRole: event.role as Role | null, unlinkedAt: null });
    else if (event.action === UNLINKED) entry.unlinkedAt = event.at;
    else entry.passwordResetAt = event.at;
  }
  // Accounts linked without an event (the demo seed) are shown as linked since their creation.
  for (const account of current) {
    const entry = entryOf(account.id, account.email, account.role);
    entry.linkedAt ??= account.createdAt;
  }
  const accounts = new Map(
    (await ctx.db.select().from(users).where(inArray(users.id, [...byAccount.keys()]))).map((account) => [account.id, account]),
  );
  return [...byAccount.values()]
    .map((entry) => {
      const account = accounts.get(entry.userId);
      return {
        email: account?.email ?? entry.email,
        role: account?.role ?? entry.role,
        active: account?.active ?? false,
        linkedAt: entry.linkedAt ?? account?.createdAt ?? '',
        linkedByRole: entry.linkedByRole,
        // Still linked when the account points at the person now, whatever the log says.
        unlinkedAt: account?.personId === person.id ? null : (entry.unlinkedAt ?? account?.updatedAt ?? null),
        passwordResetAt: entry.passwordResetAt,
      };
    })
    .sort((a, b) => a.linkedAt.localeCompare(b.linkedAt));
}
