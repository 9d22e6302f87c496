import {
  PAID_WORK_STATUSES,
  type AgreementKind,
  type AgreementOutcome,
  type EmploymentExtent,
  type ParticipantStatus,
} from './enums';

/** Weekly hours from which a job counts as full-time (Norwegian full-time is 37.5). */
export const FULL_TIME_HOURS_PER_WEEK = 30;

/** Agreement kinds whose HIRED outcome means the participant got a job. */
export const HIRING_AGREEMENT_KINDS: readonly AgreementKind[] = ['EMPLOYMENT', 'WORK_TRIAL'];

/** What is known when an agreement is completed. */
export interface AgreementOutcomeFacts {
  readonly agreementKind: AgreementKind;
  readonly outcome: AgreementOutcome;
  /** Hours of the job or the participant's available hours; unknown counts as full-time. */
  readonly hoursPerWeek?: number | null;
  /** Full or part time as the coordinator said when completing; wins over the hours. */
  readonly employment?: EmploymentExtent | null;
  /** The participant's status today; when the new status equals it, nothing changes. */
  readonly currentStatus?: ParticipantStatus | null;
}

/**
 * The participant's new status after an agreement is completed with `outcome`, or `null`
 * when their status does not change. The API records a non-null result in the participant's
 * status history, dated the day the agreement was completed.
 *
 * HIRED on an employment or work-trial agreement means a job: full or part time as `employment`
 * says, or else by the hours: full-time from 30 hours a week
 * (or when the hours are unknown, since an ordinary contract is full-time unless it says
 * otherwise), part-time below. EDUCATION on any agreement means the participant starts an education.
 */
export function statusAfterAgreementOutcome(
  facts: AgreementOutcomeFacts,
): ParticipantStatus | null {
  const next = nextStatus(facts);
  return next !== null && next === facts.currentStatus ? null : next;
}

function nextStatus({
  agreementKind,
  outcome,
  hoursPerWeek,
  employment,
}: AgreementOutcomeFacts): ParticipantStatus | null {
  if (outcome === 'HIRED' && HIRING_AGREEMENT_KINDS.includes(agreementKind)) {
    if (employment) return employment === 'PART_TIME' ? 'EMPLOYED_PART_TIME' : 'EMPLOYED_FULL_TIME';
    return hoursPerWeek == null || hoursPerWeek >= FULL_TIME_HOURS_PER_WEEK
      ? 'EMPLOYED_FULL_TIME'
      : 'EMPLOYED_PART_TIME';
  }
  if (outcome === 'EDUCATION') return 'EDUCATION';
  return null;
}

/** True when the status counts as paid work in outcome statistics ("participants reaching work"). */
export function isPaidWork(status: ParticipantStatus): boolean {
  return PAID_WORK_STATUSES.includes(status);
}
