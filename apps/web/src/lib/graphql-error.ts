import { CombinedGraphQLErrors } from '@apollo/client/errors';
import i18next from 'i18next';
import { formatDate } from './format';

/** The error codes the API promises (DESIGN.md, "Names others rely on"). */
export type ApiErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'OTHER';

interface ErrorWithExtensions {
  message: string;
  extensions?: Record<string, unknown> | undefined;
}

function graphQLErrors(error: unknown): readonly ErrorWithExtensions[] {
  return CombinedGraphQLErrors.is(error) ? error.errors : [];
}

/** The i18n keys that may word an error, most specific first. */
function keysOf(code: unknown, reason: unknown): string[] {
  // Refused input: a rule's own words (apiErrors.BAD_USER_INPUT_AGREEMENT_NOT_STARTED) before a field check's.
  if (code === 'BAD_USER_INPUT') return typeof reason === 'string' ? [`apiErrors.BAD_USER_INPUT_${reason}`, `inputErrors.${reason}`] : [];
  if (typeof code !== 'string') return [];
  return [...(typeof reason === 'string' ? [`apiErrors.${code}_${reason}`] : []), `apiErrors.${code}`];
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Params that are calendar days (`startDate: '2026-03-01'`) as the reader's language writes them. */
function datesWorded(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, typeof value === 'string' && ISO_DAY.test(value) ? formatDate(value, i18next.language) : value]),
  );
}

/** The values a message needs, with a retry time shown as the reader's clock. */
function paramsOf(e: ErrorWithExtensions): Record<string, unknown> {
  const params = e.extensions?.['params'];
  const values: Record<string, unknown> = typeof params === 'object' && params !== null ? datesWorded(params as Record<string, unknown>) : {};
  const retryAt = e.extensions?.['retryAt'];
  if (typeof retryAt === 'string') {
    values.time = new Intl.DateTimeFormat(i18next.language, { hour: '2-digit', minute: '2-digit' }).format(new Date(retryAt));
  }
  return values;
}

/**
 * The error in the reader's language when the API named why (`extensions.code`, and
 * `extensions.reason` with the values in `extensions.params`) and this app has words for it
 * (`apiErrors` and `inputErrors` in i18n); otherwise the API's own message, for codes the web
 * does not word yet.
 */
function worded(e: ErrorWithExtensions): string {
  const key = keysOf(e.extensions?.['code'], e.extensions?.['reason']).find((candidate) => i18next.exists(candidate));
  return key ? i18next.t(key, paramsOf(e)) : e.message;
}

/**
 * A refusal the API reported outside an error, e.g. a lifecycle move's `code` and `params` in
 * `allowedMoves`, worded like the error the move would answer; `fallback` (the API's sentence)
 * when this app has no words for the code.
 */
export function wordRefusal(reason: string | null | undefined, params: unknown, fallback: string): string {
  return worded({ message: fallback, extensions: { code: 'BAD_USER_INPUT', reason: reason ?? undefined, params } });
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
 * form can show the message under the input it is about.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of graphQLErrors(error)) {
    const field = e.extensions?.['field'];
    if (e.extensions?.['code'] === 'BAD_USER_INPUT' && typeof field === 'string' && !(field in out)) {
      out[field] = worded(e);
    }
  }
  return out;
}

/** A message to show when no field claims the error. */
export function errorMessage(error: unknown): string {
  const first = graphQLErrors(error)[0];
  if (first) return worded(first);
  return error instanceof Error ? error.message : String(error);
}
