import { eq } from 'drizzle-orm';
import { newId, schema } from '@brobygger/db';
import type { AgreementRow } from '@brobygger/db/schema';
import { INTRODUCTION_REVEAL_MONTHS, type AgreementKind, type PartyRole } from '@brobygger/domain';
import type { GraphQLContext } from '../../context';
import { audit } from '../../lib/audit';
import { badInput, notFound } from '../../lib/errors';
import { mayReadIntroduction, revealsNow, statusNow } from '../../privacy/introductions';
import { requireRole } from '../../authorization/acting-viewer';
import { COORDINATOR_OR_EMPLOYER } from '../../authorization/permissions';

const KIND_TITLES: Record<AgreementKind, string> = {
  WORK_TRIAL: 'Work trial',
  EMPLOYMENT: 'Employment',
  MENTORSHIP: 'Mentorship',
  INTERNSHIP: 'Internship',
  TRAINING: 'Training',
  PARTNERSHIP: 'Partnership',
};

/**
 * "Draft agreement" on an ACCEPTED introduction: a DRAFT agreement of `kind` (a work trial by
 * default) linked to the introduction and its opening, with the participant, the employer
 * organisation and — when known — the participant's public partner (their NAV office) as
 * parties. For the introduction's employer while it reveals the participant, and coordinators.
 */
export async function draftAgreementFromIntroduction(
  ctx: GraphQLContext,
  id: string,
  kind: AgreementKind = 'WORK_TRIAL',
): Promise<AgreementRow> {
  requireRole(ctx, COORDINATOR_OR_EMPLOYER, 'draftAgreementFromIntroduction');
  return ctx.handle.transaction(async (tx) => {
    const s = schema;
    const [intro] = await tx.select().from(s.introductions).where(eq(s.introductions.id, id));
    if (!intro || !mayReadIntroduction(ctx, intro) || ctx.viewer?.role === 'PARTICIPANT') throw notFound('introduction', id);
    const status = statusNow(ctx, intro);
    if (status !== 'ACCEPTED') {
      throw badInput('id', 'Only an accepted introduction can become an agreement.', { reason: 'INTRODUCTION_NOT_ACCEPTED', params: { status } });
    }
    if (intro.agreementId) throw badInput('id', 'An agreement was already drafted from this introduction.', { reason: 'AGREEMENT_ALREADY_DRAFTED' });
    if (ctx.viewer?.role === 'EMPLOYER' && !revealsNow(ctx, intro)) {
      throw badInput('id', `This introduction closed more than ${INTRODUCTION_REVEAL_MONTHS} months ago; ask for a new one.`, {
        reason: 'INTRODUCTION_TOO_OLD',
        params: { months: INTRODUCTION_REVEAL_MONTHS },
      });
    }
    const [organization] = await tx.select().from(s.organizations).where(eq(s.organizations.id, intro.organizationId));
    if (!organization) throw notFound('organisation', intro.organizationId);
    const [profile] = await tx
      .select({ publicPartnerId: s.participantProfiles.publicPartnerId })
      .from(s.participantProfiles)
      .where(eq(s.participantProfiles.personId, intro.participantId));
    const [opening] = intro.opportunityId
      ? await tx.select().from(s.opportunities).where(eq(s.opportunities.id, intro.opportunityId))
      : [];

    const now = ctx.now().toISOString();
    const agreementId = newId('agreement');
    const [agreement] = await tx
      .insert(s.agreements)
      .values({
        id: agreementId,
        title: opening ? `${KIND_TITLES[kind]}: ${opening.title}` : `${KIND_TITLES[kind]} at ${organization.name}`,
        kind,
        status: 'DRAFT',
        opportunityId: opening?.id ?? null,
        introductionId: intro.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const parties: { personId?: string; organizationId?: string; role: PartyRole }[] = [
      { personId: intro.participantId, role: 'PARTICIPANT' },
      { organizationId: intro.organizationId, role: 'EMPLOYER' },
    ];
    if (profile?.publicPartnerId) parties.push({ organizationId: profile.publicPartnerId, role: 'PUBLIC_PARTNER' });
    await tx.insert(s.agreementParties).values(
      parties.map((party) => ({
        id: newId('agreementParty'),
        agreementId,
        personId: party.personId ?? null,
        organizationId: party.organizationId ?? null,
        role: party.role,
      })),
    );
    await tx.update(s.introductions).set({ agreementId, updatedAt: now }).where(eq(s.introductions.id, intro.id));
    await audit(tx, ctx, { action: 'create', entityType: 'Agreement', entityId: agreementId, detail: { introductionId: intro.id } });
    return agreement!;
  });
}
