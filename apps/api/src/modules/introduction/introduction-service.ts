import { and, eq, not, or } from 'drizzle-orm';
import { newId, schema, type Db } from '@brobygger/db';
import type { IntroductionRow, PersonRow } from '@brobygger/db/schema';
import { createIntroductionSchema, introductionDeadline, type IntroductionStatus } from '@brobygger/domain';
import type { GraphQLContext } from '../../context';
import type { CandidateCard } from '../../generated/resolvers';
import { audit } from '../../lib/audit';
import { badInput, forbidden, notFound } from '../../lib/errors';
import { paginate, type PageArgs } from '../../lib/pagination';
import { validate } from '../../lib/validate';
import { personVisibility } from '../../privacy/people';
import { candidateCard, resolveCandidate, visibleToEmployers } from './candidate-cards';
import { introductionScope, mayReadIntroduction, revealsNow, statusCondition, statusNow } from '../../privacy/introductions';
import { assertTermsAccepted } from './terms-service';
import { requireRole } from '../../authorization/acting-viewer';
import { COORDINATOR_EMPLOYER_OR_PARTICIPANT, COORDINATOR_OR_PARTICIPANT, EMPLOYER } from '../../authorization/permissions';

const t = schema.introductions;

export interface IntroductionListFilter {
  statuses?: readonly IntroductionStatus[] | null;
  opportunityId?: string | null;
  organizationId?: string | null;
}

export async function listIntroductions(
  ctx: GraphQLContext,
  args: PageArgs & { filter?: IntroductionListFilter | null },
) {
  requireRole(ctx, COORDINATOR_EMPLOYER_OR_PARTICIPANT, 'listIntroductions');
  const f = args.filter ?? {};
  const where = and(
    introductionScope(ctx),
    f.statuses?.length ? or(...f.statuses.map((status) => statusCondition(ctx, status))) : undefined,
    f.opportunityId ? eq(t.opportunityId, f.opportunityId) : undefined,
    f.organizationId ? eq(t.organizationId, f.organizationId) : undefined,
  );
  return paginate({ db: ctx.db, cursors: ctx.cursors, table: t, id: t.id, sortBy: t.createdAt, direction: 'DESC', where, args });
}

async function loadIntroduction(db: Db, ctx: GraphQLContext, id: string): Promise<IntroductionRow> {
  const [row] = await db.select().from(t).where(eq(t.id, id));
  // One the viewer may not see is reported as unknown, so its existence does not leak.
  if (!row || !mayReadIntroduction(ctx, row)) throw notFound('introduction', id);
  return row;
}

export function getIntroduction(ctx: GraphQLContext, id: string): Promise<IntroductionRow> {
  requireRole(ctx, COORDINATOR_EMPLOYER_OR_PARTICIPANT, 'getIntroduction');
  return loadIntroduction(ctx.db, ctx, id);
}

async function assertOwnOpenOpening(tx: Db, organizationId: string, opportunityId: string): Promise<void> {
  const [opening] = await tx.select().from(schema.opportunities).where(eq(schema.opportunities.id, opportunityId));
  if (!opening || opening.organizationId !== organizationId) throw notFound('opening', opportunityId, 'opportunityId');
  if (opening.status !== 'OPEN') throw badInput('opportunityId', 'This opening is no longer open.', { reason: 'OPENING_CLOSED' });
}

/**
 * An employer asks to meet a candidate, by the card's id: the person behind it is resolved
 * here and never sent back until the participant accepts. Needs the accepted terms of use.
 * One request per organisation and candidate: a participant who said no, or withdrew a yes,
 * is not asked again; only a request that expired unanswered may be made anew.
 */
export async function requestIntroduction(ctx: GraphQLContext, input: unknown): Promise<IntroductionRow> {
  requireRole(ctx, EMPLOYER, 'requestIntroduction');
  const values = validate(createIntroductionSchema, input);
  const viewer = ctx.viewer;
  const organizationId = viewer?.role === 'EMPLOYER' ? viewer.organizationId : null;
  if (!viewer || !organizationId) throw forbidden('EMPLOYER_ONLY', 'Only an employer acting for an organisation can ask for an introduction.');
  return ctx.handle.transaction(async (tx) => {
    await assertTermsAccepted(tx, ctx);
    const participantId = await resolveCandidate(ctx, tx, values.participantId, 'participantId');
    if (values.opportunityId) await assertOwnOpenOpening(tx, organizationId, values.opportunityId);
    const earlier = await tx
      .select()
      .from(t)
      .where(and(eq(t.participantId, participantId), eq(t.organizationId, organizationId), not(statusCondition(ctx, 'EXPIRED')!)));
    if (earlier[0]) {
      const status = statusNow(ctx, earlier[0]);
      throw badInput('participantId', `Your organisation has already asked to meet this candidate (${status.toLowerCase()}).`, {
        reason: 'ALREADY_REQUESTED',
        params: { status },
      });
    }
    const now = ctx.now();
    const id = newId('introduction');
    const [row] = await tx
      .insert(t)
      .values({
        id,
        participantId,
        organizationId,
        opportunityId: values.opportunityId ?? null,
        requestedByUserId: viewer.userId,
        message: values.message ?? null,
        status: 'REQUESTED',
        deadline: introductionDeadline(now),
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      })
      .returning();
    await audit(tx, ctx, { action: 'request', entityType: 'Introduction', entityId: id, detail: { opportunityId: values.opportunityId ?? null } });
    return row!;
  });
}

/**
 * The participant it is addressed to — or a coordinator on their behalf, which the audit log
 * and the introduction record — accepts or declines before the deadline.
 */
export async function answerIntroduction(ctx: GraphQLContext, id: string, accept: boolean): Promise<IntroductionRow> {
  requireRole(ctx, COORDINATOR_OR_PARTICIPANT, 'answerIntroduction');
  const onBehalf = ctx.viewer?.role === 'COORDINATOR';
  return ctx.handle.transaction(async (tx) => {
    const row = await loadIntroduction(tx, ctx, id);
    const status = statusNow(ctx, row);
    if (status === 'EXPIRED') {
      const deadline = row.deadline?.slice(0, 10) ?? '';
      throw badInput('id', `This request expired on ${deadline || 'its deadline'} and can no longer be answered.`, {
        reason: 'INTRODUCTION_EXPIRED',
        params: { deadline },
      });
    }
    if (status !== 'REQUESTED') {
      throw badInput('id', `This request was already ${status.toLowerCase()}.`, { reason: 'INTRODUCTION_ANSWERED', params: { status } });
    }
    const now = ctx.now().toISOString();
    const [updated] = await tx
      .update(t)
      .set({
        status: accept ? 'ACCEPTED' : 'DECLINED',
        answeredAt: now,
        answeredByUserId: ctx.viewer?.userId ?? null,
        answeredOnBehalf: onBehalf,
        updatedAt: now,
      })
      .where(eq(t.id, id))
      .returning();
    await audit(tx, ctx, { action: accept ? 'accept' : 'decline', entityType: 'Introduction', entityId: id, onBehalf });
    ctx.loaders.introductionsOfParticipant.clear(row.participantId);
    return updated!;
  });
}

/**
 * The participant takes back an accepted introduction — or a coordinator on their behalf,
 * which the audit log and the introduction record. From then on it reveals nothing.
 */
export async function withdrawIntroduction(ctx: GraphQLContext, id: string): Promise<IntroductionRow> {
  requireRole(ctx, COORDINATOR_OR_PARTICIPANT, 'withdrawIntroduction');
  const onBehalf = ctx.viewer?.role === 'COORDINATOR';
  return ctx.handle.transaction(async (tx) => {
    const row = await loadIntroduction(tx, ctx, id);
    const status = statusNow(ctx, row);
    if (status !== 'ACCEPTED') {
      throw badInput('id', `Only an accepted introduction can be withdrawn; this one is ${status.toLowerCase()}.`, {
        reason: 'NOT_ACCEPTED',
        params: { status },
      });
    }
    const [updated] = await tx
      .update(t)
      .set({ status: 'WITHDRAWN', updatedAt: ctx.now().toISOString() })
      .where(eq(t.id, id))
      .returning();
    await audit(tx, ctx, { action: 'withdraw', entityType: 'Introduction', entityId: id, onBehalf });
    ctx.loaders.introductionsOfParticipant.clear(row.participantId);
    return updated!;
  });
}

/**
 * The card on an introduction: an employer sees it while the participant stays visible to
 * employers (or is revealed to them); the participant and coordinators always.
 */
export async function introductionCandidate(ctx: GraphQLContext, row: IntroductionRow): Promise<CandidateCard | null> {
  // Withdrawn visibility hides the card too, reveal or not: the employer may know the name.
  if (ctx.viewer?.role === 'EMPLOYER') {
    const visible = await visibleToEmployers(ctx.db, [row.participantId]);
    if (!visible.has(row.participantId)) return null;
  }
  // The card as the introduction's employer sees it, for every reader of the introduction.
  return candidateCard(ctx, row.participantId, ctx.pseudonyms.cards(row.organizationId));
}

/**
 * The participant as a person: to an employer only while this introduction is ACCEPTED and
 * within the reveal window, and only when the person module's rules (visibility.ts) agree.
 */
export async function introductionParticipant(ctx: GraphQLContext, row: IntroductionRow): Promise<PersonRow | null> {
  if (ctx.viewer?.role === 'EMPLOYER' && !revealsNow(ctx, row)) return null;
  const person = await ctx.loaders.person.load(row.participantId);
  if (!person) return null;
  return (await personVisibility(ctx, person)) === 'full' ? person : null;
}
