import { eq } from 'drizzle-orm';
import { schema, type Db } from '@brobygger/db';
import { INTRODUCTION_DEADLINE_DAYS, INTRODUCTION_REVEAL_MONTHS } from '@brobygger/domain';
import type { GraphQLContext } from '../../context';
import type { IntroductionTerms } from '../../generated/resolvers';
import { audit } from '../../lib/audit';
import { badInput, forbidden } from '../../lib/errors';
import { requireRole } from '../../authorization/acting-viewer';
import { COORDINATOR_OR_EMPLOYER, EMPLOYER } from '../../authorization/permissions';

const users = schema.users;

/** The terms of use an employer accepts before asking for the first introduction. */
export const INTRODUCTION_TERMS_TEXT =
  `What you learn about a candidate may be used only for this recruitment. A candidate's name ` +
  `and contact are shown to your organisation only when they accept your request, and are ` +
  `removed from your view ${INTRODUCTION_REVEAL_MONTHS} months after the introduction closes. ` +
  `A request not answered within ${INTRODUCTION_DEADLINE_DAYS} days expires and reveals nothing.`;

function terms(acceptedAt: string | null): IntroductionTerms {
  return {
    text: INTRODUCTION_TERMS_TEXT,
    deadlineDays: INTRODUCTION_DEADLINE_DAYS,
    revealMonths: INTRODUCTION_REVEAL_MONTHS,
    acceptedAt,
  };
}

async function acceptedAt(db: Db, userId: string): Promise<string | null> {
  const [row] = await db.select({ at: users.termsAcceptedAt }).from(users).where(eq(users.id, userId));
  return row?.at ?? null;
}

export async function introductionTerms(ctx: GraphQLContext): Promise<IntroductionTerms> {
  requireRole(ctx, COORDINATOR_OR_EMPLOYER, 'introductionTerms');
  return terms(ctx.viewer ? await acceptedAt(ctx.db, ctx.viewer.userId) : null);
}

/** Records the acceptance once; accepting again keeps the first date. */
export async function acceptIntroductionTerms(ctx: GraphQLContext): Promise<IntroductionTerms> {
  requireRole(ctx, EMPLOYER, 'acceptIntroductionTerms');
  const viewer = ctx.viewer;
  if (!viewer) throw forbidden();
  return ctx.handle.transaction(async (tx) => {
    const existing = await acceptedAt(tx, viewer.userId);
    const at = existing ?? ctx.now().toISOString();
    if (!existing) {
      await tx.update(users).set({ termsAcceptedAt: at, updatedAt: at }).where(eq(users.id, viewer.userId));
    }
    await audit(tx, ctx, { action: 'accept-terms', entityType: 'User', entityId: viewer.userId });
    return terms(at);
  });
}

/**
 * Refuses an introduction request from an account that has not accepted the terms: a
 * BAD_USER_INPUT naming the field `terms`, so the request form can show the terms checkbox.
 */
export async function assertTermsAccepted(tx: Db, ctx: GraphQLContext): Promise<void> {
  if (!ctx.viewer || !(await acceptedAt(tx, ctx.viewer.userId))) {
    throw badInput('terms', 'Accept the terms of use for introductions before your first request.', { reason: 'TERMS_NOT_ACCEPTED' });
  }
}
