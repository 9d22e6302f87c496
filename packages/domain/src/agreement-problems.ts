/**
 * Why a lifecycle move was refused, as codes a client words in its own language (the API sends
 * the code as `extensions.reason`, the values as `extensions.params`; the web words them under
 * `apiErrors.BAD_USER_INPUT_<code>`). The English sentence beside each is for API clients.
 */
export const LIFECYCLE_PROBLEMS = [
  'AGREEMENT_CLOSED',
  'AGREEMENT_ALREADY_PROPOSED',
  'AGREEMENT_SIGN_AFTER_ACTIVE',
  'AGREEMENT_NOT_PROPOSED',
  'AGREEMENT_ALREADY_ACTIVE',
  'AGREEMENT_NOT_ACTIVE',
  'AGREEMENT_NO_PARTIES',
  'AGREEMENT_ONE_SECTOR',
  'AGREEMENT_TOO_FEW_PARTIES',
  'AGREEMENT_UNSIGNED',
  'AGREEMENT_PARTY_REQUIRED',
  'AGREEMENT_UNKNOWN_PARTY',
  'AGREEMENT_ALREADY_SIGNED',
  'AGREEMENT_NO_PARTIES_TO_SIGN',
  'AGREEMENT_ALL_SIGNED',
  'AGREEMENT_OUTCOME_REQUIRED',
  'AGREEMENT_OUTCOME_INVALID',
  'AGREEMENT_EMPLOYMENT_INVALID',
  'AGREEMENT_EMPLOYMENT_NOT_A_JOB',
  'AGREEMENT_EMPLOYMENT_REQUIRED',
  'AGREEMENT_REASON_REQUIRED',
  'AGREEMENT_REASON_TOO_LONG',
  'AGREEMENT_END_BEFORE_START',
  'AGREEMENT_NOT_STARTED',
  'AGREEMENT_ENDED',
] as const;
export type LifecycleProblem = (typeof LIFECYCLE_PROBLEMS)[number];

/** The values each problem's wording may use (`params`); part of the error registry (error-reasons.ts). */
export const LIFECYCLE_PROBLEM_PARAMS = {
  AGREEMENT_CLOSED: ['status'],
  AGREEMENT_ALREADY_PROPOSED: ['status'],
  AGREEMENT_SIGN_AFTER_ACTIVE: ['status'],
  AGREEMENT_NOT_PROPOSED: ['status'],
  AGREEMENT_ALREADY_ACTIVE: ['status'],
  AGREEMENT_NOT_ACTIVE: ['status'],
  AGREEMENT_NO_PARTIES: [],
  AGREEMENT_ONE_SECTOR: ['sector'],
  AGREEMENT_TOO_FEW_PARTIES: ['count'],
  AGREEMENT_UNSIGNED: ['signed', 'total'],
  AGREEMENT_PARTY_REQUIRED: [],
  AGREEMENT_UNKNOWN_PARTY: [],
  AGREEMENT_ALREADY_SIGNED: ['date'],
  AGREEMENT_NO_PARTIES_TO_SIGN: [],
  AGREEMENT_ALL_SIGNED: [],
  AGREEMENT_OUTCOME_REQUIRED: [],
  AGREEMENT_OUTCOME_INVALID: ['outcome'],
  AGREEMENT_EMPLOYMENT_INVALID: ['employment'],
  AGREEMENT_EMPLOYMENT_NOT_A_JOB: ['outcome'],
  AGREEMENT_EMPLOYMENT_REQUIRED: [],
  AGREEMENT_REASON_REQUIRED: [],
  AGREEMENT_REASON_TOO_LONG: ['max'],
  AGREEMENT_END_BEFORE_START: ['startDate', 'endDate'],
  AGREEMENT_NOT_STARTED: ['startDate'],
  AGREEMENT_ENDED: ['endDate'],
} as const satisfies Record<LifecycleProblem, readonly string[]>;

/** The values a problem's wording needs: dates as ISO strings, counts as numbers, enums as codes. */
export type ProblemParams = Readonly<Record<string, string | number>>;

/**
 * A refused move: the GraphQL error code, the field to point at, a sentence for API clients,
 * and the problem as a code with the values a client needs to word it in its own language.
 */
export interface MoveRefusal {
  readonly ok: false;
  readonly code: 'BAD_USER_INPUT';
  readonly field: string;
  readonly reason: string;
  readonly problem: LifecycleProblem;
  readonly params: ProblemParams;
}

export function refuse(
  field: string,
  problem: LifecycleProblem,
  reason: string,
  params: ProblemParams = {},
): MoveRefusal {
  return { ok: false, code: 'BAD_USER_INPUT', field, reason, problem, params };
}
