import { and, desc, eq } from 'drizzle-orm';
import { newId, schema, type Db } from '@brobygger/db';
import type { OpportunityRow, ShortlistEntryRow } from '@brobygger/db/schema';
import { rateCandidateSchema, statusAfterAgreementOutcome, type ShortlistRating } from '@brobygger/domain';
import type { GraphQLContext } from '../../context';
import { audit } from '../../lib/audit';
import { notFound } from '../../lib/errors';
import { validate } from '../../lib/validate';
import { resolveCandidate, visibleToEmployers } from './candidate-cards';
import { requireRole } from '../../authorization/acting-viewer';
import { COORDINATOR_OR_EMPLOYER } from '../../authorization/permissions';

const e = schema.shortlistEntries;

/** Best first: who got the job, then the relevant, the undecided, and the not relevant. */
const RATING_ORDER: Record<ShortlistRating, number> = { GOT_THE_JOB: 0, RELEVANT: 1, TO_CONSIDER: 2, NOT_RELEVANT: 3 };

/** An opening whose shortlist the viewer keeps: an employer's own organisation's, or any for coordinators. */
async function ownOpening(db: Db, ctx: GraphQLContext, opportunityId: string): Promise<OpportunityRow> {
  const [opening] = await db.select().from(schema.opportunities).where(eq(schema.opportunities.id, opportunityId));
  const viewer = ctx.viewer;
  const own = viewer?.role === 'COORDINATOR' || (viewer?.organizationId != null && opening?.organizationId === viewer.organizationId);
  if (!opening || !own) throw notFound('opening', opportunityId, 'opportunityId');
  return opening;
}

/** The shortlist of an opening; candidates who are no longer visible to employers are left out. */
export async function shortlist(ctx: GraphQLContext, opportunityId: string): Promise<ShortlistEntryRow[]> {
  requireRole(ctx, COORDINATOR_OR_EMPLOYER, 'shortlist');
  await ownOpening(ctx.db, ctx, opportunityId);
  const rows = await ctx.db.select().from(e).where(eq(e.opportunityId, opportunityId)).orderBy(desc(e.updatedAt));
  const visible = await visibleToEmployers(ctx.db, rows.map((row) => row.participantId));
  return rows
    .filter((row) => visible.has(row.participantId))
    .sort((a, b) => RATING_ORDER[a.rating] - RATING_ORDER[b.rating]);
}

/** "Got the job" on the participant's journey: employed, part- or full-time by the opening's hours. */
async function recordJob(tx: Db, ctx: GraphQLContext, opening: OpportunityRow, personId: string): Promise<string | null> {
  const profiles = schema.participantProfiles;
  const [profile] = await tx.select({ status: profiles.status }).from(profiles).where(eq(profiles.personId, personId));
  const next = statusAfterAgreementOutcome({
    agreementKind: 'EMPLOYMENT',
    outcome: 'HIRED',
    hoursPerWeek: opening.hoursPerWeek,
    currentStatus: profile?.status ?? null,
  });
  if (!profile || !next) return null;
  const now = ctx.now().toISOString();
  await tx.insert(schema.participantStatusChanges).values({
    id: newId('statusChange'),
    personId,
    status: next,
    changedOn: now.slice(0, 10),
    note: `Got the job: ${opening.title}`,
    createdAt: now,
  });
  await tx.update(profiles).set({ status: next, updatedAt: now }).where(eq(profiles.personId, personId));
  return next;
}

/**
 * Puts a visible candidate on the opening's shortlist or changes their rating. The first
 * GOT_THE_JOB records the job on the participant's journey; changing the rating later keeps
 * that history as it is (a coordinator corrects the journey itself).
 */
export async function rateCandidate(ctx: GraphQLContext, input: unknown): Promise<ShortlistEntryRow> {
  requireRole(ctx, COORDINATOR_OR_EMPLOYER, 'rateCandidate');
  const values = validate(rateCandidateSchema, input);
  return ctx.handle.transaction(async (tx) => {
    const opening = await ownOpening(tx, ctx, values.opportunityId);
    const participantId = await resolveCandidate(ctx, tx, values.candidateId, 'candidateId');
    const [existing] = await tx
      .select()
      .from(e)
      .where(and(eq(e.opportunityId, opening.id), eq(e.participantId, participantId)));
    const now = ctx.now().toISOString();
    const [row] = existing
      ? await tx
          .update(e)
          .set({ rating: values.rating, ratedByUserId: ctx.viewer?.userId ?? null, updatedAt: now })
          .where(eq(e.id, existing.id))
          .returning()
      : await tx
          .insert(e)
          .values({
            id: newId('shortlistEntry'),
            opportunityId: opening.id,
            participantId,
            rating: values.rating,
            ratedByUserId: ctx.viewer?.userId ?? null,
            createdAt: now,
            updatedAt: now,
          })
          .returning();
    const newStatus =
      values.rating === 'GOT_THE_JOB' && existing?.rating !== 'GOT_THE_JOB'
        ? await recordJob(tx, ctx, opening, participantId)
        : null;
    await audit(tx, ctx, {
      action: existing ? 'update' : 'create',
      entityType: 'ShortlistEntry',
      entityId: row!.id,
      detail: { rating: values.rating, ...(newStatus ? { participantStatus: newStatus } : {}) },
    });
    return row!;
  });
}

/** Takes a candidate off the shortlist, even one who is no longer visible to employers. */
export async function removeFromShortlist(ctx: GraphQLContext, opportunityId: string, candidateId: string): Promise<string> {
  requireRole(ctx, COORDINATOR_OR_EMPLOYER, 'removeFromShortlist');
  return ctx.handle.transaction(async (tx) => {
    const opening = await ownOpening(tx, ctx, opportunityId);
    const rows = await tx.select().from(e).where(eq(e.opportunityId, opening.id));
    const participantId = await resolveCandidate(ctx, tx, candidateId, 'candidateId', rows.map((row) => row.participantId));
    const entry = rows.find((row) => row.participantId === participantId)!;
    await tx.delete(e).where(eq(e.id, entry.id));
    await audit(tx, ctx, { action: 'delete', entityType: 'ShortlistEntry', entityId: entry.id });
    return entry.id;
  });
}
