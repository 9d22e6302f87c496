import { and, eq } from 'drizzle-orm';
import type { GraphQLError } from 'graphql';
import { newId, schema, type Db } from '@brobygger/db';
import type { OpportunityRow, PersonRow, ShortlistEntryRow } from '@brobygger/db/schema';
import {
  isPaidWork,
  statusAfterAgreementOutcome,
  type JobReportState,
  type ParticipantStatus,
} from '@brobygger/domain';
import type { GraphQLContext } from '../../context';
import { audit } from '../../lib/audit';
import { badInput, notFound } from '../../lib/errors';
import { paginate, type PageArgs } from '../../lib/pagination';
import { personVisibility } from '../../privacy/people';
import { requireRole } from '../../authorization/acting-viewer';
import { COORDINATOR } from '../../authorization/permissions';

/**
 * An employer's GOT_THE_JOB is a report on the shortlist entry (DESIGN.md: only coordinators
 * and the participant write a journey). A coordinator confirms it, which records the job on the
 * participant's journey, or dismisses it. The report's id is the shortlist entry's.
 */

const e = schema.shortlistEntries;

/** The job an opening gives: full-time from 30 hours a week or when the hours are unknown, else part-time. */
export function jobStatusFor(opening: Pick<OpportunityRow, 'hoursPerWeek'>): ParticipantStatus {
  const status = statusAfterAgreementOutcome({
    agreementKind: 'EMPLOYMENT',
    outcome: 'HIRED',
    hoursPerWeek: opening.hoursPerWeek,
  });
  return status ?? 'EMPLOYED_FULL_TIME';
}

/**
 * Writes `status` on the participant's journey, dated today, unless it is their status already
 * or they have no profile (erased). No note: the history shows the status, and a note written
 * here would be English prose the web cannot word. Returns the status recorded, or null.
 */
export async function recordJob(
  tx: Db,
  ctx: GraphQLContext,
  personId: string,
  status: ParticipantStatus,
): Promise<ParticipantStatus | null> {
  const profiles = schema.participantProfiles;
  const [profile] = await tx
    .select({ status: profiles.status })
    .from(profiles)
    .where(eq(profiles.personId, personId));
  if (!profile || profile.status === status) return null;
  const now = ctx.now().toISOString();
  await tx.insert(schema.participantStatusChanges).values({
    id: newId('statusChange'),
    personId,
    status,
    changedOn: now.slice(0, 10),
    note: null,
    createdAt: now,
  });
  await tx.update(profiles).set({ status, updatedAt: now }).where(eq(profiles.personId, personId));
  ctx.loaders.profile.clear(personId);
  ctx.loaders.statusChangesOfPerson.clear(personId);
  return status;
}

/** The reports in one state (PENDING unless told), newest first. */
export function listJobReports(
  ctx: GraphQLContext,
  args: PageArgs & { state?: JobReportState | null },
) {
  requireRole(ctx, COORDINATOR, 'jobReports');
  const where = eq(e.jobReportState, args.state ?? 'PENDING');
  return paginate({
    db: ctx.db,
    cursors: ctx.cursors,
    table: e,
    id: e.id,
    sortBy: e.jobReportedAt,
    direction: 'DESC',
    where,
    args,
  });
}

function unknownReport(id: string): GraphQLError {
  const error = notFound('job report', id);
  error.extensions.params = { id };
  return error;
}

function alreadyDecided(state: JobReportState): GraphQLError {
  return badInput('id', `This report was already ${state.toLowerCase()}.`, {
    reason: 'JOB_REPORT_DECIDED',
    params: { state },
  });
}

/** The report with this id, still waiting for a coordinator. */
async function pendingReport(tx: Db, id: string): Promise<ShortlistEntryRow> {
  const [row] = await tx.select().from(e).where(eq(e.id, id));
  if (!row?.jobReportState) throw unknownReport(id);
  if (row.jobReportState !== 'PENDING') throw alreadyDecided(row.jobReportState);
  return row;
}

/** Marks a pending report decided; the state in the WHERE makes two coordinators deciding at once safe. */
async function decide(
  tx: Db,
  ctx: GraphQLContext,
  row: ShortlistEntryRow,
  state: 'CONFIRMED' | 'DISMISSED',
): Promise<ShortlistEntryRow> {
  const [updated] = await tx
    .update(e)
    .set({
      jobReportState: state,
      jobReportDecidedAt: ctx.now().toISOString(),
      jobReportDecidedByUserId: ctx.viewer?.userId ?? null,
    })
    .where(and(eq(e.id, row.id), eq(e.jobReportState, 'PENDING')))
    .returning();
  if (updated) return updated;
  const [current] = await tx.select({ state: e.jobReportState }).from(e).where(eq(e.id, row.id));
  throw current?.state ? alreadyDecided(current.state) : unknownReport(row.id);
}

/**
 * Confirms a pending report: records the job on the participant's journey (part- or full-time
 * by the opening's hours, or the employed status the coordinator chose) and marks it CONFIRMED.
 * Works whether or not the participant is still visible to employers: it is coordinator work.
 */
export async function confirmJobReport(
  ctx: GraphQLContext,
  id: string,
  chosen?: ParticipantStatus | null,
): Promise<ShortlistEntryRow> {
  requireRole(ctx, COORDINATOR, 'confirmJobReport');
  if (chosen && !isPaidWork(chosen)) {
    throw badInput('status', 'A job is recorded as EMPLOYED_PART_TIME or EMPLOYED_FULL_TIME.', {
      reason: 'NOT_A_JOB_STATUS',
      params: { status: chosen },
    });
  }
  return ctx.handle.transaction(async (tx) => {
    const row = await pendingReport(tx, id);
    const [opening] = await tx
      .select()
      .from(schema.opportunities)
      .where(eq(schema.opportunities.id, row.opportunityId));
    if (!opening) throw unknownReport(id);
    const status = chosen ?? jobStatusFor(opening);
    const updated = await decide(tx, ctx, row, 'CONFIRMED');
    const recorded = await recordJob(tx, ctx, row.participantId, status);
    await audit(tx, ctx, {
      action: 'confirm',
      entityType: 'JobReport',
      entityId: id,
      onBehalf: true,
      detail: { personId: row.participantId, status, recorded: recorded !== null },
    });
    return updated;
  });
}

/** Dismisses a pending report; the participant's journey stays as it is. */
export async function dismissJobReport(
  ctx: GraphQLContext,
  id: string,
): Promise<ShortlistEntryRow> {
  requireRole(ctx, COORDINATOR, 'dismissJobReport');
  return ctx.handle.transaction(async (tx) => {
    const row = await pendingReport(tx, id);
    const updated = await decide(tx, ctx, row, 'DISMISSED');
    await audit(tx, ctx, {
      action: 'dismiss',
      entityType: 'JobReport',
      entityId: id,
      detail: { personId: row.participantId },
    });
    return updated;
  });
}

/** The participant a report is about, as a person, to a viewer who may see them in full (coordinators). */
export async function jobReportParticipant(
  ctx: GraphQLContext,
  row: ShortlistEntryRow,
): Promise<PersonRow | null> {
  const person = await ctx.loaders.person.load(row.participantId);
  if (!person) return null;
  return (await personVisibility(ctx, person)) === 'full' ? person : null;
}

/** The state a report is in; a row reaches the JobReport type only once reported. */
export function jobReportState(row: ShortlistEntryRow): JobReportState {
  return row.jobReportState ?? 'PENDING';
}
