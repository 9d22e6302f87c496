import { GraphQLError } from 'graphql';
import type { ErrorReason, Problem } from '@brobygger/domain';

/** The error codes clients can rely on (`extensions.code`). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'TOO_MANY_ATTEMPTS'
  | 'QUERY_TOO_COSTLY'
  | 'RATE_LIMITED'
  | 'REQUEST_TIMEOUT'
  | 'TOO_MANY_JOBS';

/**
 * Why an input was refused, for clients that word the message themselves (DESIGN.md, "Errors
 * and words"): a reason of the error registry (@brobygger/domain error-reasons.ts), such as
 * TOO_LONG, CONTROL_CHARACTER, GUESSABLE or BAD_CURSOR, with the values its wording needs in
 * `params` (`{ max: 200 }`).
 */
export type InputProblem<R extends ErrorReason<'BAD_USER_INPUT'> = ErrorReason<'BAD_USER_INPUT'>> = Problem<'BAD_USER_INPUT', R>;

/** BAD_USER_INPUT on `field`, with a registered reason: a new reason is added to the registry first, and worded by the web. */
export function badInput<R extends ErrorReason<'BAD_USER_INPUT'>>(field: string, message: string, problem: InputProblem<R>): GraphQLError {
  const { reason, params } = problem;
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', field, reason, ...(params ? { params } : {}) },
  });
}

/** The things `notFound` can be about, as the English message names them, and the reason each is sent with. */
const NOT_FOUND_REASONS = {
  account: 'ACCOUNT',
  agreement: 'AGREEMENT',
  'agreement party': 'AGREEMENT_PARTY',
  'party of this agreement': 'AGREEMENT_PARTY',
  candidate: 'CANDIDATE',
  connection: 'CONNECTION',
  dream: 'DREAM',
  goal: 'GOAL',
  introduction: 'INTRODUCTION',
  'job report': 'JOB_REPORT',
  membership: 'MEMBERSHIP',
  network: 'NETWORK',
  opening: 'OPENING',
  organisation: 'ORGANIZATION',
  participant: 'PARTICIPANT',
  person: 'PERSON',
  'plan step': 'PLAN_STEP',
  'shortlist entry': 'SHORTLIST_ENTRY',
  'status change': 'STATUS_CHANGE',
  talent: 'TALENT',
} as const satisfies Record<string, ErrorReason<'NOT_FOUND'>>;

/** What an unknown id can be the id of (`notFound`'s first argument). */
export type NotFoundEntity = keyof typeof NOT_FOUND_REASONS;

/** NOT_FOUND, with the kind of thing as `reason` (PERSON, OPENING…) so a client can say what was not found. */
export function notFound(entity: NotFoundEntity, id: string, field = 'id'): GraphQLError {
  return new GraphQLError(`No ${entity} with id "${id}".`, {
    extensions: { code: 'NOT_FOUND', field, reason: NOT_FOUND_REASONS[entity] },
  });
}

/** FORBIDDEN with a registered reason: ROLE (the viewer's role may not) unless a row-level rule says more. */
export function forbidden(
  reason: ErrorReason<'FORBIDDEN'> = 'ROLE',
  message = 'Your role may not do this.',
  more: { field?: string; params?: Problem<'FORBIDDEN'>['params'] } = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', reason, ...more } });
}

/** UNAUTHENTICATED with a registered reason: NO_SESSION unless the login itself failed. */
export function unauthenticated(reason: ErrorReason<'UNAUTHENTICATED'> = 'NO_SESSION', message = 'Log in first.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', reason } });
}

/**
 * Too many requests for one of the rate limits (lib/rate-limit.ts): HTTP 429 with Retry-After,
 * `params.retryAfterSeconds` and `retryAt` (when to try again, for the web's wording).
 */
export function rateLimited(policy: string, retryAfterSeconds: number, now: Date, headers: ReadonlyMap<string, string> = new Map()): GraphQLError {
  const retryAt = new Date(now.getTime() + retryAfterSeconds * 1000).toISOString();
  return new GraphQLError(`Too many requests (${policy}). Try again in ${retryAfterSeconds} s.`, {
    extensions: {
      code: 'RATE_LIMITED',
      reason: policy.toUpperCase(),
      retryAt,
      params: { retryAfterSeconds, retryAt },
      // Read by Apollo Server and lib/jit-plugin.ts for the HTTP answer, then dropped.
      http: { status: 429, headers: new Map(headers) },
    },
  });
}

/** The request ran past REQUEST_DEADLINE_MS and was cancelled (lib/deadline.ts). */
export function requestTimeout(deadlineMs: number): GraphQLError {
  const deadlineSeconds = deadlineMs / 1000;
  return new GraphQLError(`The request took longer than ${deadlineSeconds} s and was cancelled. Ask for less, or try again later.`, {
    extensions: { code: 'REQUEST_TIMEOUT', params: { deadlineSeconds } },
  });
}

/**
 * An analytics job was refused because too many wait for a worker: the viewer's own
 * (`reason: 'VIEWER'`, `params.max` per viewer) or everyone's (`reason: 'SERVER'`).
 */
export function tooManyJobs(reason: 'VIEWER' | 'SERVER', max: number): GraphQLError {
  const message =
    reason === 'VIEWER'
      ? `You already have ${max} analyses waiting. Wait for them to finish, then try again.`
      : 'The server has too many analyses waiting. Try again in a moment.';
  return new GraphQLError(message, { extensions: { code: 'TOO_MANY_JOBS', reason, params: { max } } });
}
