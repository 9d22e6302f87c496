import { randomBytes } from 'node:crypto';
import { and, eq, inArray, like, or } from 'drizzle-orm';
import { schema, type Db } from '@brobygger/db';
import type { GraphQLContext } from '../../context';
import { audit } from '../../lib/audit';
import { forbidden, notFound } from '../../lib/errors';
import { requireRole } from '../../authorization/acting-viewer';
import { A_PARTICIPANT } from '../../privacy/people';
import { PARTICIPANT } from '../../authorization/permissions';

function ownPersonId(ctx: GraphQLContext): string {
  const personId = ctx.viewer?.role === 'PARTICIPANT' ? ctx.viewer.personId : null;
  if (!personId) throw forbidden('PARTICIPANT_ONLY', 'Only a participant linked to their person can do this.');
  return personId;
}

/**
 * Everything stored about the participant, as JSON (GDPR art. 15 and 20): the person, the
 * profile and its lists, status history, ties, agreements they are party to, introductions to
 * them, their account (without the password hash) and the audit events about them.
 */
export async function exportMyData(ctx: GraphQLContext): Promise<Record<string, unknown>> {
  requireRole(ctx, PARTICIPANT, 'exportMyData');
  const personId = ownPersonId(ctx);
  const db = ctx.db;
  const s = schema;
  const [person] = await db.select().from(s.people).where(eq(s.people.id, personId));
  if (!person) throw notFound('person', personId);
  const [profile] = await db.select().from(s.participantProfiles).where(eq(s.participantProfiles.personId, personId));
  const talents = await db.select().from(s.talents).where(eq(s.talents.personId, personId));
  const goals = await db.select().from(s.goals).where(eq(s.goals.personId, personId));
  const dreams = await db.select().from(s.dreams).where(eq(s.dreams.personId, personId)).orderBy(s.dreams.position);
  const planSteps = await db.select().from(s.planSteps).where(eq(s.planSteps.personId, personId));
  const statusHistory = await db
    .select()
    .from(s.participantStatusChanges)
    .where(eq(s.participantStatusChanges.personId, personId));
  const wishedIndustries = (
    await db.select().from(s.wishedIndustries).where(eq(s.wishedIndustries.personId, personId))
  ).map((row) => row.industry);
  const connections = await withOtherParticipantsUnnamed(
    db,
    personId,
    await db
      .select()
      .from(s.connections)
      .where(or(eq(s.connections.personAId, personId), eq(s.connections.personBId, personId))),
  );
  const memberships = await db.select().from(s.networkMembers).where(eq(s.networkMembers.personId, personId));
  const parties = await db.select().from(s.agreementParties).where(eq(s.agreementParties.personId, personId));
  const agreementIds = [...new Set(parties.map((p) => p.agreementId))];
  const agreements = agreementIds.length
    ? await db.select().from(s.agreements).where(inArray(s.agreements.id, agreementIds))
    : [];
  const introductions = await db.select().from(s.introductions).where(eq(s.introductions.participantId, personId));
  // Employers' ratings of the participant on their openings' shortlists are data about them too.
  const shortlistRatings = await db.select().from(s.shortlistEntries).where(eq(s.shortlistEntries.participantId, personId));
  const accounts = (await db.select().from(s.users).where(eq(s.users.personId, personId))).map(
    ({ passwordHash: _hash, ...account }) => account,
  );
  const a = s.auditEvents;
  const auditEvents = await db
    .select()
    .from(a)
    .where(
      or(
        eq(a.entityId, personId),
        like(a.detail, `%${personId}%`),
        ...accounts.map((account) => eq(a.userId, account.id)),
      ),
    )
    .orderBy(a.id);
  const names = await namesOf(db, {
    people: [...connections.flatMap((c) => [c.personAId, c.personBId]).filter((id) => id !== personId), profile?.coordinatorId],
    organizations: [person.organizationId, profile?.publicPartnerId, ...introductions.map((i) => i.organizationId)],
    networks: memberships.map((m) => m.networkId),
    opportunities: [...introductions.map((i) => i.opportunityId), ...shortlistRatings.map((r) => r.opportunityId)],
  });
  await ctx.handle.transaction((tx) =>
    audit(tx, ctx, { action: 'export', entityType: 'Person', entityId: personId }),
  );
  return {
    names,
    exportedAt: ctx.now().toISOString(),
    person,
    profile: profile ?? null,
    talents,
    dreams,
    goals,
    planSteps,
    statusHistory,
    wishedIndustries,
    connections,
    memberships,
    agreements: agreements.map((agreement) => ({
      ...agreement,
      myParties: parties.filter((p) => p.agreementId === agreement.id),
    })),
    introductions,
    shortlistRatings,
    accounts,
    auditEvents,
  };
}

/** The participant's ties as they may see them: the other end's id only when it is not a participant. */
async function withOtherParticipantsUnnamed<T extends { personAId: string; personBId: string }>(db: Db, personId: string, rows: T[]): Promise<T[]> {
  const others = [...new Set(rows.map((row) => (row.personAId === personId ? row.personBId : row.personAId)))];
  if (!others.length) return rows;
  const participants = new Set(
    (
      await db
        .select({ id: schema.people.id })
        .from(schema.people)
        .where(and(inArray(schema.people.id, others), eq(schema.people.isParticipant, true)))
    ).map((row) => row.id),
  );
  const shown = (id: string) => (participants.has(id) ? A_PARTICIPANT : id);
  return rows.map((row) => ({ ...row, personAId: shown(row.personAId), personBId: shown(row.personBId) }));
}

interface NameLookup {
  people: readonly (string | null | undefined)[];
  organizations: readonly (string | null | undefined)[];
  networks: readonly (string | null | undefined)[];
  opportunities: readonly (string | null | undefined)[];
}

/**
 * The names behind the ids the export refers to — the participant's own ties (professionals
 * only), their organisations and openings — so the export (and the readable summary the web makes of it)
 * says who, not only which id.
 */
async function namesOf(db: Db, ids: NameLookup): Promise<Record<string, string>> {
  const s = schema;
  const known = (list: readonly (string | null | undefined)[]) => [...new Set(list.filter((id): id is string => Boolean(id)))];
  const [people, organizations, networks, opportunities] = await Promise.all([
    // Other participants stay unnamed, here as everywhere a participant looks (privacy/policy.ts).
    known(ids.people).length
      ? db
          .select({ id: s.people.id, name: s.people.name })
          .from(s.people)
          .where(and(inArray(s.people.id, known(ids.people)), eq(s.people.isParticipant, false)))
      : [],
    known(ids.organizations).length
      ? db.select({ id: s.organizations.id, name: s.organizations.name }).from(s.organizations).where(inArray(s.organizations.id, known(ids.organizations)))
      : [],
    known(ids.networks).length ? db.select({ id: s.networks.id, name: s.networks.name }).from(s.networks).where(inArray(s.networks.id, known(ids.networks))) : [],
    known(ids.opportunities).length
      ? db.select({ id: s.opportunities.id, name: s.opportunities.title }).from(s.opportunities).where(inArray(s.opportunities.id, known(ids.opportunities)))
      : [],
  ]);
  return Object.fromEntries([...people, ...organizations, ...networks, ...opportunities].map((row) => [row.id, row.name]));
}

/**
 * Erases the participant (GDPR art. 17). Deleted: the profile, talents, dreams, goals, plan steps,
 * wished industries, connections, network memberships and introductions. Kept, pseudonymised:
 * the person row (name replaced by a random token; email, phone, title, organisation and
 * `since` cleared; `erasedAt`
 * set) with its sector and status history, so agreements they were party to and outcome
 * statistics stay whole. Their account is deactivated, its e-mail replaced, and every session
 * of it ended.
 */
export async function eraseMe(ctx: GraphQLContext): Promise<boolean> {
  requireRole(ctx, PARTICIPANT, 'eraseMe');
  const personId = ownPersonId(ctx);
  const now = ctx.now().toISOString();
  await ctx.handle.transaction(async (tx: Db) => {
    const s = schema;
    await tx.delete(s.participantProfiles).where(eq(s.participantProfiles.personId, personId));
    await tx.delete(s.planSteps).where(eq(s.planSteps.personId, personId));
    await tx.delete(s.goals).where(eq(s.goals.personId, personId));
    await tx.delete(s.dreams).where(eq(s.dreams.personId, personId));
    await tx.delete(s.talents).where(eq(s.talents.personId, personId));
    await tx.delete(s.wishedIndustries).where(eq(s.wishedIndustries.personId, personId));
    await tx
      .delete(s.connections)
      .where(or(eq(s.connections.personAId, personId), eq(s.connections.personBId, personId)));
    await tx.delete(s.networkMembers).where(eq(s.networkMembers.personId, personId));
    await tx.delete(s.introductions).where(eq(s.introductions.participantId, personId));
    await tx.delete(s.shortlistEntries).where(eq(s.shortlistEntries.participantId, personId));
    // The kept status history holds no words about the person: notes go with them.
    await tx.update(s.participantStatusChanges).set({ note: null }).where(eq(s.participantStatusChanges.personId, personId));
    await tx
      .update(s.people)
      .set({
        // A fresh random token, not a pseudonym: nothing links the kept row to earlier exports.
        name: `erased-${randomBytes(8).toString('hex')}`,
        email: null,
        phone: null,
        title: null,
        organizationId: null,
        since: null,
        erasedAt: now,
        updatedAt: now,
      })
      .where(eq(s.people.id, personId));
    const accounts = await tx.select({ id: s.users.id }).from(s.users).where(eq(s.users.personId, personId));
    for (const account of accounts) {
      await tx
        .update(s.users)
        .set({ active: false, email: `erased-${account.id}@erased.invalid`, updatedAt: now })
        .where(eq(s.users.id, account.id));
      await tx.delete(s.sessions).where(eq(s.sessions.userId, account.id));
    }
    await audit(tx, ctx, { action: 'erase', entityType: 'Person', entityId: personId });
  });
  // No bytes behind: the search index and the WAL let go of what was deleted.
  await ctx.handle.purgeDeleted();
  ctx.cookies.clear();
  return true;
}
