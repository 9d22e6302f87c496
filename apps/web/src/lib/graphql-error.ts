import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The error codes the API promises (DESIGN.md, "Names others rely on"). */
export type ApiErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'OTHER';

interface ErrorWithExtensions {
  message: string;
  extensions?: Record<string, unknown> | undefined;
}

function graphQLErrors(error: unknown): readonly ErrorWithExtensions[] {
  return CombinedGraphQLErrors.is(error) ? error.errors : [];
}

/** The first API error code in `error`, or OTHER for network failures and unknown codes. */
export function errorCode(error: unknown): ApiErrorCode {
  for (const e of graphQLErrors(error)) {
    const code = e.extensions?.['code'];
    if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT' || code === 'NOT_FOUND') {
      return code;
    }
  }
  return 'OTHER';
}

/**
 * BAD_USER_INPUT errors keyed by `extensions.field` (e.g. `orgNumber`, `parties.1.role`), so a
 * form can show the API's message under the input it is about.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of graphQLErrors(error)) {
    const field = e.extensions?.['field'];
    if (e.extensions?.['code'] === 'BAD_USER_INPUT' && typeof field === 'string' && !(field in out)) {
      out[field] = e.message;
    }
  }
  return out;
}

/** A message to show when no field claims the error. */
export function errorMessage(error: unknown): string {
  const first = graphQLErrors(error)[0];
  if (first) return first.message;
  return error instanceof Error ? error.message : String(error);
}
