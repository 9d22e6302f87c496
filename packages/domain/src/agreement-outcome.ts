import {
  AGREEMENT_OUTCOMES,
  EMPLOYMENT_EXTENTS,
  type AgreementKind,
  type AgreementOutcome,
  type EmploymentExtent,
} from './enums';
import type { LifecycleAgreement, MoveArgs } from './agreement-lifecycle';
import { refuse, type MoveRefusal } from './agreement-problems';
import { HIRING_AGREEMENT_KINDS } from './participant-journey';

/** How an agreement is completed: an outcome, and for a job whether it is full or part time. */

const OUTCOME_LIST = `${AGREEMENT_OUTCOMES.slice(0, -1).join(', ')} or ${AGREEMENT_OUTCOMES.at(-1) ?? ''}`;

/** True when an outcome of this agreement means the participant got a job: HIRED on a hiring kind. */
export function outcomeIsJob(
  kind: AgreementKind | undefined,
  outcome: string | null | undefined,
): boolean {
  return outcome === 'HIRED' && (kind === undefined || HIRING_AGREEMENT_KINDS.includes(kind));
}

/** The outcome, and full or part time only where the outcome is a job. */
export function outcomeRefusal(
  agreement: Pick<LifecycleAgreement, 'kind'>,
  args: MoveArgs,
): MoveRefusal | null {
  const { outcome, employment } = args;
  if (outcome == null || outcome === '') {
    return refuse(
      'outcome',
      'AGREEMENT_OUTCOME_REQUIRED',
      `Choose an outcome to complete the agreement: ${OUTCOME_LIST}.`,
    );
  }
  if (!isAgreementOutcome(outcome)) {
    return refuse(
      'outcome',
      'AGREEMENT_OUTCOME_INVALID',
      `"${outcome}" is not an outcome; choose ${OUTCOME_LIST}.`,
      { outcome },
    );
  }
  if (employment == null) return null;
  if (!(EMPLOYMENT_EXTENTS as readonly string[]).includes(employment)) {
    return refuse(
      'employment',
      'AGREEMENT_EMPLOYMENT_INVALID',
      `"${employment}" is not FULL_TIME or PART_TIME.`,
      { employment },
    );
  }
  if (!outcomeIsJob(agreement.kind, outcome)) {
    return refuse(
      'employment',
      'AGREEMENT_EMPLOYMENT_NOT_A_JOB',
      'Full or part time applies only when the participant is hired on an employment or work trial agreement.',
      { outcome },
    );
  }
  return null;
}

/** True when `value` is FULL_TIME or PART_TIME. */
export function isEmploymentExtent(value: string): value is EmploymentExtent {
  return (EMPLOYMENT_EXTENTS as readonly string[]).includes(value);
}

/** True when `value` is one of AGREEMENT_OUTCOMES. */
export function isAgreementOutcome(value: string): value is AgreementOutcome {
  return (AGREEMENT_OUTCOMES as readonly string[]).includes(value);
}
