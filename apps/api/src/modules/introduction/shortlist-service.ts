import { and, desc, eq } from 'drizzle-orm';
import { newId, schema, type Db } from '@brobygger/db';
import type { OpportunityRow, ShortlistEntryRow } from '@brobygger/db/schema';
import { rateCandidateSchema, type ShortlistRating } from '@brobygger/domain';
import type { GraphQLContext } from '../../context';
import { audit } from '../../lib/audit';
import { notFound } from '../../lib/errors';
import { validate } from '../../lib/validate';
import { resolveCandidate, visibleToEmployers } from './candidate-cards';
import { jobStatusFor, recordJob } from './job-report-service';
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

type ReportColumns = Pick<
  Partial<ShortlistEntryRow>,
  'jobReportState' | 'jobReportedAt' | 'jobReportDecidedAt' | 'jobReportDecidedByUserId'
>;

/**
 * What a rating does to the entry's "got the job" report. An employer's GOT_THE_JOB reports it
 * once (PENDING); a coordinator's records the job at once and confirms the report, unless it is
 * confirmed already. Moving off GOT_THE_JOB withdraws a report nobody has decided; a decided
 * one stays as decided (a coordinator corrects the journey itself).
 */
function reportAfterRating(
  ctx: GraphQLContext,
  existing: ShortlistEntryRow | undefined,
  rating: ShortlistRating,
): { columns: ReportColumns; recordJob: boolean } {
  const state = existing?.jobReportState ?? null;
  const now = ctx.now().toISOString();
  if (rating !== 'GOT_THE_JOB') {
    return { columns: state === 'PENDING' ? { jobReportState: null, jobReportedAt: null } : {}, recordJob: false };
  }
  if (ctx.viewer?.role !== 'COORDINATOR') {
    return { columns: state === null ? { jobReportState: 'PENDING', jobReportedAt: now } : {}, recordJob: false };
  }
  const confirms = state === 'PENDING' || (state !== 'CONFIRMED' && existing?.rating !== 'GOT_THE_JOB');
  if (!confirms) return { columns: {}, recordJob: false };
  return {
    columns: {
      jobReportState: 'CONFIRMED',
      jobReportedAt: existing?.jobReportedAt ?? now,
      jobReportDecidedAt: now,
      jobReportDecidedByUserId: ctx.viewer.userId,
    },
    recordJob: true,
  };
}

/**
 * Puts a visible candidate on the opening's shortlist or changes their rating. GOT_THE_JOB by an
 * employer is a report a coordinator confirms (job-report-service.ts); by a coordinator it is
 * recorded on the participant's journey at once.
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
    const report = reportAfterRating(ctx, existing, values.rating);
    const rated = { rating: values.rating, ratedByUserId: ctx.viewer?.userId ?? null, updatedAt: now, ...report.columns };
    const [row] = existing
      ? await tx.update(e).set(rated).where(eq(e.id, existing.id)).returning()
      : await tx
          .insert(e)
          .values({ id: newId('shortlistEntry'), opportunityId: opening.id, participantId, createdAt: now, ...rated })
          .returning();
    const newStatus = report.recordJob ? await recordJob(tx, ctx, participantId, jobStatusFor(opening)) : null;
    await audit(tx, ctx, {
      action: existing ? 'update' : 'create',
      entityType: 'ShortlistEntry',
      entityId: row!.id,
      detail: {
        rating: values.rating,
        ...(report.columns.jobReportState !== undefined ? { jobReport: report.columns.jobReportState } : {}),
        ...(report.recordJob ? { personId: participantId, participantStatus: newStatus } : {}),
      },
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
