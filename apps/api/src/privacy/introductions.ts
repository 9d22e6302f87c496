import { and, eq, gte, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { schema } from '@brobygger/db';
import type { IntroductionRow } from '@brobygger/db/schema';
import { effectiveIntroductionStatus, revealedUntil, type IntroductionStatus } from '@brobygger/domain';
import type { GraphQLContext } from '../context';

const t = schema.introductions;

/**
 * Whose introductions the viewer sees: an employer its organisation's, a participant those
 * addressed to them, a coordinator all. Anything else is reported as unknown.
 */
export function introductionScope(ctx: GraphQLContext): SQL | undefined {
  const viewer = ctx.viewer;
  switch (viewer?.role) {
    case 'COORDINATOR':
      return undefined;
    case 'EMPLOYER':
      return eq(t.organizationId, viewer.organizationId ?? '');
    case 'PARTICIPANT':
      return eq(t.participantId, viewer.personId ?? '');
    default:
      return sql`false`;
  }
}

export function mayReadIntroduction(ctx: GraphQLContext, row: IntroductionRow): boolean {
  const viewer = ctx.viewer;
  switch (viewer?.role) {
    case 'COORDINATOR':
      return true;
    case 'EMPLOYER':
      return viewer.organizationId !== null && row.organizationId === viewer.organizationId;
    case 'PARTICIPANT':
      return viewer.personId !== null && row.participantId === viewer.personId;
    default:
      return false;
  }
}

/** The stored status as it reads now (a request past its deadline is EXPIRED). */
export function statusNow(ctx: GraphQLContext, row: IntroductionRow): IntroductionStatus {
  return effectiveIntroductionStatus(row.status, row.deadline, ctx.now());
}

/** SQL for "reads as this status now", so list filters and counts agree with `statusNow`. */
export function statusCondition(ctx: GraphQLContext, status: IntroductionStatus): SQL | undefined {
  const now = ctx.now().toISOString();
  const requested = eq(t.status, 'REQUESTED');
  switch (status) {
    case 'REQUESTED':
      return and(requested, or(isNull(t.deadline), gte(t.deadline, now)));
    case 'EXPIRED':
      return or(eq(t.status, 'EXPIRED'), and(requested, lt(t.deadline, now)));
    default:
      return eq(t.status, status);
  }
}

/** Until when this introduction reveals the participant, or null when it reveals nothing. */
export function revealEnd(ctx: GraphQLContext, row: IntroductionRow): string | null {
  return statusNow(ctx, row) === 'ACCEPTED' && row.answeredAt ? revealedUntil(row.answeredAt) : null;
}

/** True while this introduction reveals the participant's name and contact to its employer. */
export function revealsNow(ctx: GraphQLContext, row: IntroductionRow): boolean {
  const end = revealEnd(ctx, row);
  return end !== null && ctx.now().toISOString() < end;
}
