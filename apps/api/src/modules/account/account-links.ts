import { and, eq } from 'drizzle-orm';
import { schema, type Db } from '@brobygger/db';
import type { PersonRow, UserRow } from '@brobygger/db/schema';
import type { Role } from '@brobygger/domain';
import type { GraphQLContext } from '../../context';
import { audit } from '../../lib/audit';

/** An account linked to a person, as that person sees it. */
export interface AccountLinkView {
  email: string;
  role: Role;
  active: boolean;
  linkedAt: string;
  linkedByRole: Role | null;
}

const LINKED = 'account-linked';

/**
 * Records that an account was linked to a person, on the person, so the link is in the audit
 * log and the person can see it (accountLinksOf): an admin cannot act as a participant unseen.
 */
export async function recordAccountLink(
  tx: Db,
  actor: Pick<GraphQLContext, 'now' | 'viewer'>,
  account: Pick<UserRow, 'id' | 'role' | 'personId'>,
): Promise<void> {
  if (!account.personId) return;
  await audit(tx, actor, {
    action: LINKED,
    entityType: 'Person',
    entityId: account.personId,
    detail: { userId: account.id, role: account.role },
  });
}

/**
 * The accounts linked to a person, with when and by whom each was linked: for the person
 * themselves and for coordinators; nobody else.
 */
export async function accountLinksOf(ctx: GraphQLContext, person: PersonRow): Promise<AccountLinkView[]> {
  const viewer = ctx.viewer;
  const self = viewer?.role === 'PARTICIPANT' && viewer.personId === person.id;
  if (!self && viewer?.role !== 'COORDINATOR') return [];
  const users = schema.users;
  const events = schema.auditEvents;
  const [accounts, links] = await Promise.all([
    ctx.db.select().from(users).where(eq(users.personId, person.id)),
    ctx.db
      .select({ at: events.at, role: events.role, detail: events.detail })
      .from(events)
      .where(and(eq(events.entityType, 'Person'), eq(events.entityId, person.id), eq(events.action, LINKED))),
  ]);
  const linkOf = new Map<string, { at: string; role: Role | null }>();
  for (const link of links) {
    const userId = (JSON.parse(link.detail ?? '{}') as { userId?: string }).userId;
    // The latest link of an account is the one in force.
    if (userId && (linkOf.get(userId)?.at ?? '') < link.at) linkOf.set(userId, { at: link.at, role: link.role as Role | null });
  }
  return accounts
    .map((account) => ({
      email: account.email,
      role: account.role,
      active: account.active,
      linkedAt: linkOf.get(account.id)?.at ?? account.createdAt,
      linkedByRole: linkOf.get(account.id)?.role ?? null,
    }))
    .sort((a, b) => a.linkedAt.localeCompare(b.linkedAt));
}
