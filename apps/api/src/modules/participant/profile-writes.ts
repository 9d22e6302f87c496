import { and, eq } from 'drizzle-orm';
import { newId, schema, type Db } from '@brobygger/db';
import type { ParticipantProfileRow } from '@brobygger/db/schema';
import type { UpdateParticipantProfileInput } from '@brobygger/domain';
import type { GraphQLContext } from '../../context';
import { badInput, notFound } from '../../lib/errors';

const profiles = schema.participantProfiles;

const join = (prefix: string | undefined, field: string) => (prefix ? `${prefix}.${field}` : field);

/** The calendar day of the request's clock, for status changes made "today". */
export function today(ctx: GraphQLContext): string {
  return ctx.now().toISOString().slice(0, 10);
}

async function assertReferences(tx: Db, values: UpdateParticipantProfileInput, prefix?: string) {
  if (values.publicPartnerId) {
    const [org] = await tx
      .select({ id: schema.organizations.id })
      .from(schema.organizations)
      .where(eq(schema.organizations.id, values.publicPartnerId));
    if (!org) throw notFound('organisation', values.publicPartnerId, join(prefix, 'publicPartnerId'));
  }
  if (values.coordinatorId) {
    const [person] = await tx
      .select({ id: schema.people.id, isParticipant: schema.people.isParticipant })
      .from(schema.people)
      .where(eq(schema.people.id, values.coordinatorId));
    if (!person) throw notFound('person', values.coordinatorId, join(prefix, 'coordinatorId'));
    if (person.isParticipant) {
      throw badInput(join(prefix, 'coordinatorId'), 'A participant cannot be the coordinator of another.', { reason: 'COORDINATOR_IS_PARTICIPANT' });
    }
  }
}

/**
 * Creates or changes a participant profile inside the caller's transaction: the profile row,
 * the talents, dreams and wished industries (replaced when sent), a status-history entry whenever the
 * status changes (and the first one on creation), and the date of each consent change.
 */
export async function writeProfile(
  tx: Db,
  ctx: GraphQLContext,
  personId: string,
  values: UpdateParticipantProfileInput,
  options: { prefix?: string } = {},
): Promise<ParticipantProfileRow> {
  await assertReferences(tx, values, options.prefix);
  const now = ctx.now().toISOString();
  const [existing] = await tx.select().from(profiles).where(eq(profiles.personId, personId));
  const { talents, wishedIndustries, dreams, ...fields } = values;

  const consentDates: Partial<ParticipantProfileRow> = {};
  if (fields.visibleToEmployers !== undefined && fields.visibleToEmployers !== existing?.visibleToEmployers) {
    consentDates.visibleToEmployersChangedAt = now;
  }
  if (fields.shareForResearch !== undefined && fields.shareForResearch !== existing?.shareForResearch) {
    consentDates.shareForResearchChangedAt = now;
  }

  let row: ParticipantProfileRow | undefined;
  if (existing) {
    [row] = await tx
      .update(profiles)
      .set({ ...fields, ...consentDates, updatedAt: now })
      .where(eq(profiles.personId, personId))
      .returning();
  } else {
    [row] = await tx
      .insert(profiles)
      .values({ ...fields, ...consentDates, personId, createdAt: now, updatedAt: now })
      .returning();
    await tx
      .update(schema.people)
      .set({ isParticipant: true, updatedAt: now })
      .where(eq(schema.people.id, personId));
  }

  if (!existing || (fields.status !== undefined && fields.status !== existing.status)) {
    await tx.insert(schema.participantStatusChanges).values({
      id: newId('statusChange'),
      personId,
      status: row!.status,
      changedOn: today(ctx),
      note: existing ? null : 'Profile created',
      reason: existing ? 'OTHER' : 'PROFILE_CREATED',
      createdAt: now,
    });
  }
  if (dreams !== undefined) {
    // The single `dreams` text of older clients stands for the whole list: it replaces it.
    await tx.delete(schema.dreams).where(eq(schema.dreams.personId, personId));
    if (dreams !== null) {
      await tx.insert(schema.dreams).values({ id: newId('dream'), personId, text: dreams, position: 0, createdAt: now, updatedAt: now });
    }
  }
  if (talents) {
    await tx.delete(schema.talents).where(eq(schema.talents.personId, personId));
    if (talents.length) {
      await tx.insert(schema.talents).values(
        talents.map((talent, position) => ({
          id: newId('talent'),
          personId,
          name: talent.name,
          level: talent.level ?? 'SKILLED',
          position,
        })),
      );
    }
  }
  if (wishedIndustries) {
    await tx.delete(schema.wishedIndustries).where(eq(schema.wishedIndustries.personId, personId));
    if (wishedIndustries.length) {
      await tx
        .insert(schema.wishedIndustries)
        .values(wishedIndustries.map((industry) => ({ personId, industry })));
    }
  }
  return row!;
}

/** The profile of a participant, or BAD_USER_INPUT naming `personId` when they have none. */
export async function requireProfile(tx: Db, personId: string): Promise<ParticipantProfileRow> {
  const [profile] = await tx.select().from(profiles).where(and(eq(profiles.personId, personId)));
  if (!profile) throw badInput('personId', 'This person has no participant profile.', { reason: 'NO_PROFILE' });
  return profile;
}
