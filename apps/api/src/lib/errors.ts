import { GraphQLError } from 'graphql';

/** The error codes clients can rely on (`extensions.code`). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'TOO_MANY_ATTEMPTS'
  | 'QUERY_TOO_COSTLY';

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
