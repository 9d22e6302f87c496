import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { loggableError } from './loggable-error';

export const KNOWN_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'TOO_MANY_ATTEMPTS',
  'QUERY_TOO_COSTLY',
  'RATE_LIMITED',
  'REQUEST_TIMEOUT',
  'TOO_MANY_JOBS',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

const TOO_MANY_VARIABLE_ERRORS = 'Too many errors processing variables';

/**
 * The input field a failed variable coercion concerns, from graphql-js's message:
 * `Variable "$input" got invalid value "X" at "input.parties[1].role"; …` → `parties.1.role`,
 * `…; Field "name" of required type "String!" was not provided.` → `name`.
 */
export function fieldOfVariableError(message: string): string | undefined {
  const at = /got invalid value .*? at "([^"]+)"/.exec(message)?.[1];
  const path = at ? at.replace(/\[(\d+)\]/g, '.$1').split('.').slice(1) : [];
  const named = /Field "([^"]+)" (?:of required type|is not defined)/.exec(message)?.[1];
  if (named) path.push(named);
  if (path.length) return path.join('.');
  return /Variable "\$([^"]+)"/.exec(message)?.[1];
}

function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '');
}

/**
 * What a client may see of an error: our own coded errors as they are; a failed coercion of a
 * variable gets the field it concerns; anything else (a bug, a database error) becomes a
 * plain "internal error" carrying the request id, never SQL or a stack trace.
 */
export function makeFormatError(requestIdOf: () => string | undefined, options: { hideSuggestions?: boolean } = {}) {
  return (raw: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // In production no message names what the schema holds: graphql-js suggests field, argument
    // and enum names ("Did you mean …?") also when it coerces variables, which Apollo's own
    // hiding does not reach.
    const formatted = options.hideSuggestions ? { ...raw, message: withoutSuggestions(raw.message) } : raw;
    const code = formatted.extensions?.code;
    const requestId = requestIdOf();
    // graphql-js gives up coercing variables after 50 errors and says so in an error without a
    // code: it is still about the client's input, not a fault of ours.
    if (
      (code === undefined || code === 'INTERNAL_SERVER_ERROR') &&
      formatted.message.startsWith(TOO_MANY_VARIABLE_ERRORS)
    ) {
      return { message: formatted.message, extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_VALUE', requestId } };
    }
    if (typeof code === 'string' && KNOWN_CODES.has(code)) {
      const extensions: Record<string, unknown> = { ...formatted.extensions, requestId };
      delete extensions.stacktrace;
      // An error's HTTP head (status, Retry-After) belongs in the answer's head, never its body.
      delete extensions.http;
      if (code === 'BAD_USER_INPUT' && extensions.field === undefined) {
        const field = fieldOfVariableError(formatted.message);
        if (field) extensions.field = field;
      }
      // A variable graphql-js refused for its type (a string for an Int, an unknown enum value)
      // comes without a reason; every refusal has one a client can word (error registry).
      if (code === 'BAD_USER_INPUT' && extensions.reason === undefined) extensions.reason = 'INVALID_VALUE';
      return { ...formatted, extensions };
    }
    const original = unwrapResolverError(error);
    if (process.env.NODE_ENV !== 'test' || process.env.BROBYGGER_LOG_ERRORS === 'true') {
      console.error(JSON.stringify({ level: 'error', requestId, ...loggableError(original) }));
    }
    return {
      message: `Internal error. Quote request id ${requestId ?? 'unknown'} when you report it.`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    };
  };
}
