import { LIFECYCLE_PROBLEM_PARAMS } from './agreement-problems';
import { VALIDATION_REASONS } from './validators/issue-reason';

/**
 * The error registry: every refusal the API can give, as `extensions.code` and
 * `extensions.reason`, with the names of the values it sends in `extensions.params` (DESIGN.md,
 * "Errors and words"). The API's error helpers accept only reasons listed here; the web words
 * each pair in nb and en (`apiErrors.<CODE>_<REASON>`, `apiErrors.<CODE>` for the code alone)
 * and a test fails when a wording is missing or uses a value not listed.
 *
 * `params` of a code are the values every error of that code carries, whatever its reason;
 * `reasons` map each reason to the values of its own. IMPORT_ROW is no error: it is why one
 * row of an import was left out (the import report's `problem`), worded the same way.
 */
export const ERROR_REGISTRY = {
  BAD_USER_INPUT: {
    params: [],
    reasons: {
      ...VALIDATION_REASONS,
      ...LIFECYCLE_PROBLEM_PARAMS,
      // Set by the server when a GraphQL variable does not fit its type (lib/format-error.ts).
      INVALID_VALUE: [],
      DATE_TIME_FORMAT: [],
      BAD_CURSOR: [],
      FIRST_OUT_OF_RANGE: ['min', 'max'],
      // People, organisations and their ties.
      PARTICIPANT_SECTOR: [],
      ERASED: [],
      ORG_NUMBER_TAKEN: ['orgNumber', 'name'],
      EMAIL_TAKEN: ['email'],
      // An account of another role would act as the participant with more rights than theirs.
      PARTICIPANT_LINK_ROLE: ['role'],
      TIE_EXISTS: ['kind'],
      ALREADY_MEMBER: [],
      // The records that still refer to one being deleted, counted by kind (modules/archive).
      IN_USE: ['people', 'agreements', 'openings', 'accounts', 'introductions', 'partneredParticipants', 'followedParticipants', 'shortlistEntries'],
      PARTICIPANT: [],
      // Journeys.
      COORDINATOR_IS_PARTICIPANT: [],
      NO_PROFILE: [],
      DATE_IN_FUTURE: [],
      TALENT_LISTED: ['name'],
      // Introductions, openings and job reports.
      OPENING_CLOSED: [],
      ALREADY_REQUESTED: ['status'],
      INTRODUCTION_EXPIRED: ['deadline'],
      INTRODUCTION_ANSWERED: ['status'],
      NOT_ACCEPTED: ['status'],
      INTRODUCTION_NOT_ACCEPTED: ['status'],
      AGREEMENT_ALREADY_DRAFTED: [],
      INTRODUCTION_TOO_OLD: ['months'],
      TERMS_NOT_ACCEPTED: [],
      JOB_REPORT_DECIDED: ['state'],
      NOT_A_JOB_STATUS: ['status'],
      NOT_ON_CARD: [],
      // Agreements beyond the lifecycle.
      WITHHELD_FOR_RESEARCH: [],
      AGREEMENT_NOT_DRAFT: [],
      AGREEMENT_TERMS_LOCKED: [],
      AGREEMENT_PARTY_TWICE: [],
      // The graph.
      NODE_NOT_IN_GRAPH: ['id'],
      // Accounts.
      SEARCH_EMPTY: [],
      // Imports: the query and the file.
      IMPORT_MUNICIPALITY: ['value'],
      IMPORT_ORG_NUMBER: ['value'],
      IMPORT_DRY_RUN: [],
      MAPPING_REQUIRED: [],
      MAPPING_NOT_JSON: [],
      MAPPING_NOT_OBJECT: [],
      MAPPING_UNKNOWN_FIELD: ['field', 'fields'],
      MAPPING_NOT_A_COLUMN: ['field'],
      MAPPING_MISSING: ['field'],
      MAPPING_NO_SUCH_COLUMN: ['field', 'column'],
      CSV_UNREADABLE: ['line'],
      REGISTER_NOT_ENHETER: [],
      REGISTER_JSON_UNREADABLE: ['entry'],
      FILE_EMPTY: [],
      // Neither the register's CSV nor its JSON in the first 64 KB (unpacked); a gzip that unpacks past its limits.
      NOT_A_REGISTER_FILE: [],
      UNPACKED_TOO_LARGE: ['maxBytes'],
    },
  },
  NOT_FOUND: {
    params: [],
    reasons: {
      ACCOUNT: [],
      AGREEMENT: [],
      AGREEMENT_PARTY: [],
      CANDIDATE: [],
      CONNECTION: [],
      GOAL: [],
      INTRODUCTION: [],
      JOB_REPORT: ['id'],
      MEMBERSHIP: [],
      NETWORK: [],
      OPENING: [],
      ORGANIZATION: [],
      PARTICIPANT: [],
      PERSON: [],
      DREAM: [],
      PLAN_STEP: [],
      TALENT: [],
      STATUS_CHANGE: [],
      SHORTLIST_ENTRY: [],
      // A list /export/<list>.csv does not have.
      EXPORT_LIST: [],
    },
  },
  UNAUTHENTICATED: {
    params: [],
    reasons: { WRONG_LOGIN: [], DEACTIVATED: [], NO_SESSION: [] },
  },
  FORBIDDEN: {
    params: [],
    reasons: {
      ROLE: ['role', 'action'],
      OWN_ORGANIZATION_ONLY: [],
      OWN_PROFILE_ONLY: [],
      PARTICIPANT_ONLY: [],
      EMPLOYER_ONLY: [],
      COORDINATOR_RECORDS: ['field'],
    },
  },
  CONFLICT: { params: [], reasons: {} },
  TOO_MANY_ATTEMPTS: { params: ['retryAt'], reasons: {} },
  RATE_LIMITED: {
    params: ['retryAfterSeconds', 'retryAt'],
    reasons: { ADDRESS: [], SESSION: [], LOGIN: [] },
  },
  QUERY_TOO_COSTLY: {
    params: ['cost', 'budget', 'analytics', 'maxAnalytics', 'exports', 'maxExports'],
    reasons: { COST: [], ANALYTICS: [], EXPORTS: [] },
  },
  REQUEST_TIMEOUT: { params: ['deadlineSeconds'], reasons: {} },
  TOO_MANY_JOBS: { params: ['max'], reasons: { VIEWER: [], SERVER: [] } },
  // A request that is not a GraphQL operation this API runs: clients' faults, not users'.
  GRAPHQL_PARSE_FAILED: { params: [], reasons: {} },
  GRAPHQL_VALIDATION_FAILED: { params: ['operation'], reasons: {} },
  BAD_REQUEST: { params: [], reasons: { CONTENT_TYPE: [] } },
  PERSISTED_QUERY_NOT_FOUND: { params: [], reasons: {} },
  PERSISTED_QUERY_NOT_SUPPORTED: { params: [], reasons: {} },
  OPERATION_RESOLUTION_FAILURE: { params: [], reasons: {} },
  INTERNAL_SERVER_ERROR: { params: [], reasons: {} },
  // The client went away before the answer; nobody reads it, but it is a code all the same.
  CLIENT_CLOSED_REQUEST: { params: [], reasons: {} },
  // The import endpoints (/import/…), which answer outside GraphQL.
  PAYLOAD_TOO_LARGE: { params: ['maxBytes'], reasons: {} },
  IMPORT_FAILED: { params: [], reasons: {} },
  IMPORT_ROW: {
    params: [],
    reasons: {
      UNKNOWN_ORGANIZATION: ['value'],
      UNKNOWN_PERSON: ['value'],
      NO_ORG_NUMBER: [],
      ORG_NUMBER_DIGITS: ['value'],
      ORG_NUMBER_LENGTH: ['value'],
      ORG_NUMBER_CHECK_DIGIT: ['value'],
      NO_NAME: [],
      UNKNOWN_SECTOR: ['sectorCode', 'orgFormCode'],
      UNREADABLE: [],
      BANKRUPT: [],
      DISSOLVING: [],
    },
  },
} as const satisfies Record<string, { params: readonly string[]; reasons: Record<string, readonly string[]> }>;

/** A code of the registry: an error's `extensions.code` (or IMPORT_ROW). */
export type ErrorCode = keyof typeof ERROR_REGISTRY;

/** The reasons the registry lists for a code. */
export type ErrorReason<C extends ErrorCode> = keyof (typeof ERROR_REGISTRY)[C]['reasons'] & string;

type ReasonParamNames<C extends ErrorCode, R extends ErrorReason<C>> =
  (typeof ERROR_REGISTRY)[C]['reasons'][R] extends readonly (infer P extends string)[] ? P : never;

/** The values a reason's wording may use, by name: those of its code and its own. */
export type ReasonParams<C extends ErrorCode, R extends ErrorReason<C>> = Readonly<
  Partial<Record<ReasonParamNames<C, R> | (typeof ERROR_REGISTRY)[C]['params'][number], string | number>>
>;

/** A refusal's reason with the values its wording needs, as the API's error helpers take it. */
export interface Problem<C extends ErrorCode, R extends ErrorReason<C> = ErrorReason<C>> {
  readonly reason: R;
  readonly params?: ReasonParams<C, R>;
}

/** Whether the registry lists `reason` for `code`. */
export function isRegisteredReason<C extends ErrorCode>(code: C, reason: unknown): reason is ErrorReason<C> {
  return typeof reason === 'string' && Object.hasOwn(ERROR_REGISTRY[code].reasons, reason);
}

/** Every code and reason of the registry with the values its wording may use: for tests and docs. */
export function registeredReasons(): { code: ErrorCode; reason: string | null; params: readonly string[] }[] {
  return (Object.keys(ERROR_REGISTRY) as ErrorCode[]).flatMap((code) => {
    const entry: { params: readonly string[]; reasons: Record<string, readonly string[]> } = ERROR_REGISTRY[code];
    return [
      { code, reason: null, params: entry.params },
      ...Object.entries(entry.reasons).map(([reason, params]) => ({ code, reason, params: [...entry.params, ...params] })),
    ];
  });
}
