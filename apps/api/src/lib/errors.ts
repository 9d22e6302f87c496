import { GraphQLError } from 'graphql';

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

/** Why an input was refused, for clients that word the message themselves (DESIGN.md, "Errors and words"). */
export interface InputProblem {
  /** A code such as TOO_LONG, CONTROL_CHARACTER, GUESSABLE, BAD_CURSOR. */
  reason?: string | undefined;
  /** The values the wording needs, e.g. `{ max: 200 }`. */
  params?: Readonly<Record<string, string | number>> | undefined;
}

export function badInput(field: string, message: string, problem: InputProblem = {}): GraphQLError {
  const { reason, params } = problem;
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', field, ...(reason ? { reason } : {}), ...(params ? { params } : {}) },
  });
}

export function notFound(entity: string, id: string, field = 'id'): GraphQLError {
  return new GraphQLError(`No ${entity} with id "${id}".`, {
    extensions: { code: 'NOT_FOUND', field },
  });
}

export function forbidden(message = 'Your role may not do this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

export function unauthenticated(message = 'Log in first.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
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
