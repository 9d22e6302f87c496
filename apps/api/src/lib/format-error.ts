import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';

const KNOWN_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** `Variable "$input" got invalid value "X" at "input.sector"; …` → `sector`. */
function fieldOfVariableError(message: string): string | undefined {
  const at = /at "([^"]+)"/.exec(message)?.[1];
  if (at) return at.split('.').slice(1).join('.') || at;
  const variable = /Variable "\$([^"]+)"/.exec(message)?.[1];
  return variable;
}

/**
 * What a client may see of an error: our own coded errors as they are; a failed coercion of a
 * variable gets the field it concerns; anything else (a bug, a database error) becomes a
 * plain "internal error" carrying the request id, never SQL or a stack trace.
 */
export function makeFormatError(requestIdOf: () => string | undefined) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    const requestId = requestIdOf();
    if (typeof code === 'string' && KNOWN_CODES.has(code)) {
      const extensions: Record<string, unknown> = { ...formatted.extensions, requestId };
      delete extensions.stacktrace;
      if (code === 'BAD_USER_INPUT' && extensions.field === undefined) {
        const field = fieldOfVariableError(formatted.message);
        if (field) extensions.field = field;
      }
      return { ...formatted, extensions };
    }
    const original = unwrapResolverError(error);
    if (process.env.NODE_ENV !== 'test' || process.env.BROBYGGER_LOG_ERRORS === 'true') {
      console.error(JSON.stringify({ level: 'error', requestId, error: String(original) }));
    }
    return {
      message: `Internal error. Quote request id ${requestId ?? 'unknown'} when you report it.`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    };
  };
}
