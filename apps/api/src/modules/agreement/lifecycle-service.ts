import { eq } from 'drizzle-orm';
import { newId, schema, type Db } from '@brobygger/db';
import type { AgreementRow } from '@brobygger/db/schema';
import {
  checkMove,
  outcomeIsJob,
  statusAfterAgreementOutcome,
  type AgreementMove,
  type AgreementOutcome,
  type EmploymentExtent,
} from '@brobygger/domain';
import type { GraphQLContext } from '../../context';
import { audit } from '../../lib/audit';
import { badInput, forbidden, notFound } from '../../lib/errors';
import { partiesWithSectors, type PartyFacts } from './parties';
import { requireRole } from '../../authorization/acting-viewer';
import { COORDINATOR, COORDINATOR_OR_EMPLOYER } from '../../authorization/permissions';

const t = schema.agreements;

interface MoveRequest {
  move: AgreementMove;
  partyId?: string;
  outcome?: AgreementOutcome;
  employment?: EmploymentExtent | null;
  reason?: string;
}

/** Today as the lifecycle's date rules read it: the calendar day of the request's clock. */
export function todayOf(ctx: Pick<GraphQLContext, 'now'>): string {
  return ctx.now().toISOString().slice(0, 10);
}

/**
 * Makes one lifecycle move in one transaction: reads the agreement and its parties afresh,
 * asks the domain state machine, writes the change and the audit event. Because every write
 * transaction is serialised, two parties signing at the same moment are both recorded.
 */
export async function moveAgreement(
  ctx: GraphQLContext,
  id: string,
  request: MoveRequest,
): Promise<AgreementRow> {
  // Employers may sign for their own organisation's party; every other move is the coordinator's.
  requireRole(
    ctx,
    request.move === 'sign' ? COORDINATOR_OR_EMPLOYER : COORDINATOR,
    `${request.move}Agreement`,
  );
  return ctx.handle.transaction(async (tx) => {
    const [agreement] = await tx.select().from(t).where(eq(t.id, id));
    if (!agreement) throw notFound('agreement', id);
    const parties = await partiesWithSectors(tx, id);
    // An agreement the employer's organisation is no party to answers as an unknown one would.
    if (ctx.viewer?.role === 'EMPLOYER' && !parties.some((party) => party.organizationId === ctx.viewer?.organizationId)) {
      throw notFound('agreement', id);
    }
    if (request.move === 'sign') assertMaySign(ctx, parties, request.partyId ?? '');
    const verdict = checkMove(
      {
        status: agreement.status,
        parties,
        kind: agreement.kind,
        startDate: agreement.startDate,
        endDate: agreement.endDate,
      },
      request.move,
      request,
      todayOf(ctx),
    );
    if (!verdict.ok)
      throw badInput(verdict.field, verdict.reason, {
        reason: verdict.problem,
        params: verdict.params,
      });
    const now = ctx.now().toISOString();
    const changes: Partial<AgreementRow> = { status: verdict.nextStatus, updatedAt: now };
    switch (request.move) {
      case 'propose':
        changes.proposedAt = now;
        break;
      case 'sign':
        await tx
          .update(schema.agreementParties)
          .set({ signedAt: now })
          .where(eq(schema.agreementParties.id, request.partyId ?? ''));
        break;
      case 'activate':
        changes.activatedAt = now;
        break;
      case 'complete':
        changes.outcome = request.outcome;
        changes.closedAt = now;
        await moveParticipantsOn(
          tx,
          ctx,
          agreement,
          parties,
          request.outcome!,
          request.employment ?? null,
        );
        break;
      case 'terminate':
        changes.terminationReason = request.reason?.trim();
        changes.closedAt = now;
        break;
    }
    const [row] = await tx.update(t).set(changes).where(eq(t.id, id)).returning();
    await audit(tx, ctx, {
      action: request.move,
      entityType: 'Agreement',
      entityId: id,
      detail: {
        from: agreement.status,
        to: verdict.nextStatus,
        ...(request.partyId ? { partyId: request.partyId } : {}),
      },
    });
    return row!;
  });
}

/** An employer signs only for their own organisation; a coordinator may sign for any party. */
function assertMaySign(ctx: GraphQLContext, parties: PartyFacts[], partyId: string) {
  const party = parties.find((candidate) => candidate.id === partyId);
  if (!party) throw notFound('party of this agreement', partyId, 'partyId');
  if (ctx.viewer?.role === 'EMPLOYER' && party.organizationId !== ctx.viewer.organizationId) {
    throw forbidden('OWN_ORGANIZATION_ONLY', 'An employer can sign only for their own organisation.');
  }
}

/**
 * Completing an agreement can move its participants along their path (HIRED → employed, full
 * or part time as the coordinator said, else by the hours). When the outcome is a job and
 * neither the extent nor any hours are known, the move is refused rather than guessed.
 */
async function moveParticipantsOn(
  tx: Db,
  ctx: GraphQLContext,
  agreement: AgreementRow,
  parties: PartyFacts[],
  outcome: AgreementOutcome,
  employment: EmploymentExtent | null,
) {
  const hours = agreement.opportunityId
    ? (
        await tx
          .select({ hours: schema.opportunities.hoursPerWeek })
          .from(schema.opportunities)
          .where(eq(schema.opportunities.id, agreement.opportunityId))
      )[0]?.hours
    : undefined;
  const today = ctx.now().toISOString().slice(0, 10);
  for (const party of parties) {
    if (party.role !== 'PARTICIPANT' || !party.personId) continue;
    const [profile] = await tx
      .select()
      .from(schema.participantProfiles)
      .where(eq(schema.participantProfiles.personId, party.personId));
    if (!profile) continue;
    const hoursPerWeek = hours ?? profile.hoursPerWeek;
    if (!employment && hoursPerWeek == null && outcomeIsJob(agreement.kind, outcome)) {
      throw badInput(
        'employment',
        'Say whether the job is full or part time: the hours are not known.',
        {
          reason: 'AGREEMENT_EMPLOYMENT_REQUIRED',
        },
      );
    }
    const next = statusAfterAgreementOutcome({
      agreementKind: agreement.kind,
      outcome,
      hoursPerWeek,
      employment,
      currentStatus: profile.status,
    });
    if (!next) continue;
    await tx.insert(schema.participantStatusChanges).values({
      id: newId('statusChange'),
      personId: party.personId,
      status: next,
      changedOn: today,
      note: `${agreement.title}: ${outcome.toLowerCase()}`,
      agreementId: agreement.id,
      createdAt: ctx.now().toISOString(),
    });
    await tx
      .update(schema.participantProfiles)
      .set({ status: next, updatedAt: ctx.now().toISOString() })
      .where(eq(schema.participantProfiles.personId, party.personId));
    await audit(tx, ctx, {
      action: 'status-change',
      entityType: 'Person',
      entityId: party.personId,
      detail: { status: next, agreementId: agreement.id },
    });
  }
}
