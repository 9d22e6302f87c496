import { and, eq, inArray, type SQL } from 'drizzle-orm';
import { hashPassword, newId, schema, type DbHandle } from '@brobygger/db';
import type { Role } from '@brobygger/domain';
import { createUserSchema, updateUserSchema, type CreateUserInput } from '@brobygger/domain/accounts';
import type { GraphQLContext } from '../../context';
import { audit } from '../../lib/audit';
import { badInput, notFound } from '../../lib/errors';
import { paginate, type PageArgs } from '../../lib/pagination';
import { containsText } from '../../lib/search';
import { validate } from '../../lib/validate';
import { assertNewPasswordFits } from './password-check';
import { recordAccountLink, recordAccountUnlink, recordPasswordReset } from './account-links';
import { endSessionsOfUser } from './session-service';
import { requireRole } from '../../authorization/acting-viewer';
import { ADMIN, ALL } from '../../authorization/permissions';

const t = schema.users;

export async function getViewer(ctx: GraphQLContext) {
  requireRole(ctx, ALL, 'getViewer');
  const user = ctx.viewer && (await ctx.loaders.user.load(ctx.viewer.userId));
  if (!user) throw notFound('account', ctx.viewer?.userId ?? '');
  return user;
}

export async function listUsers(
  ctx: GraphQLContext,
  args: PageArgs & { filter?: { search?: string | null; roles?: readonly Role[] | null; active?: boolean | null } | null },
) {
  requireRole(ctx, ADMIN, 'listUsers');
  const f = args.filter;
  const conditions: (SQL | undefined)[] = [];
  if (f?.search?.trim()) conditions.push(containsText(t.email, f.search));
  if (f?.roles?.length) conditions.push(inArray(t.role, [...f.roles]));
  if (f?.active !== undefined && f?.active !== null) conditions.push(eq(t.active, f.active));
  return paginate({ db: ctx.db, cursors: ctx.cursors, table: t, id: t.id, sortBy: t.email, direction: 'ASC', where: and(...conditions), args });
}

async function assertLinksExist(
  tx: GraphQLContext['db'],
  values: { personId?: string | null; organizationId?: string | null },
  role?: Role,
) {
  if (values.personId) {
    const [person] = await tx
      .select({ id: schema.people.id, isParticipant: schema.people.isParticipant })
      .from(schema.people)
      .where(eq(schema.people.id, values.personId));
    if (!person) throw notFound('person', values.personId, 'personId');
    // Any other role would act as the participant with more rights than they have.
    if (person.isParticipant && role !== undefined && role !== 'PARTICIPANT') {
      throw badInput('personId', 'Only a participant account can be linked to a participant.', {
        reason: 'PARTICIPANT_LINK_ROLE',
        params: { role },
      });
    }
  }
  if (values.organizationId) {
    const [org] = await tx
      .select({ id: schema.organizations.id })
      .from(schema.organizations)
      .where(eq(schema.organizations.id, values.organizationId));
    if (!org) throw notFound('organisation', values.organizationId, 'organizationId');
  }
}


/**
 * Creates an account from validated values in one transaction, with its audit event: the one
 * way in, shared by the admin's createUser and the operator's `pnpm admin:create`.
 */
export async function insertAccount(
  handle: DbHandle,
  actor: Pick<GraphQLContext, 'now' | 'viewer'>,
  values: CreateUserInput,
  detail: Record<string, unknown> = {},
) {
  const email = values.email.toLowerCase();
  await assertNewPasswordFits(handle.db, values.password, values);
  const passwordHash = await hashPassword(values.password);
  return handle.transaction(async (tx) => {
    const [taken] = await tx.select({ id: t.id }).from(t).where(eq(t.email, email));
    if (taken) throw badInput('email', `An account with e-mail ${email} already exists.`, { reason: 'EMAIL_TAKEN', params: { email } });
    await assertLinksExist(tx, values, values.role);
    const id = newId('user');
    const [row] = await tx
      .insert(t)
      .values({
        id,
        email,
        passwordHash,
        role: values.role,
        personId: values.personId ?? null,
        organizationId: values.organizationId ?? null,
      })
      .returning();
    await audit(tx, actor, { action: 'create', entityType: 'User', entityId: id, detail: { role: values.role, ...detail } });
    await recordAccountLink(tx, actor, row!);
    return row!;
  });
}

export async function createUser(ctx: GraphQLContext, input: unknown) {
  requireRole(ctx, ADMIN, 'createUser');
  return insertAccount(ctx.handle, ctx, validate(createUserSchema, input));
}

export async function updateUser(ctx: GraphQLContext, id: string, input: unknown) {
  requireRole(ctx, ADMIN, 'updateUser');
  const values = validate(updateUserSchema, input);
  await assertNewPasswordFits(ctx.db, values.password, { id, ...values });
  const passwordHash = values.password ? await hashPassword(values.password) : undefined;
  return ctx.handle.transaction(async (tx) => {
    const [existing] = await tx.select().from(t).where(eq(t.id, id));
    if (!existing) throw notFound('account', id);
    const linkedTo = values.personId === undefined ? { personId: existing.personId } : values;
    await assertLinksExist(tx, { ...values, personId: linkedTo.personId }, values.role ?? existing.role);
    const { password: _password, ...changes } = values;
    const [row] = await tx
      .update(t)
      .set({ ...changes, ...(passwordHash ? { passwordHash } : {}), updatedAt: ctx.now().toISOString() })
      .where(eq(t.id, id))
      .returning();
    // A deactivated account or a new password ends every open session of that account.
    if (values.active === false || passwordHash) await endSessionsOfUser(tx, id);
    await audit(tx, ctx, { action: 'update', entityType: 'User', entityId: id, detail: { fields: Object.keys(changes) } });
    if (existing.personId && existing.personId !== row!.personId) await recordAccountUnlink(tx, ctx, existing.personId, existing);
    if (row!.personId && row!.personId !== existing.personId) await recordAccountLink(tx, ctx, row!);
    // The person sees that someone else set the password of an account that acts as them.
    if (passwordHash) await recordPasswordReset(tx, ctx, row!);
    return row!;
  });
}
