import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import i18next from 'i18next';
import { isIsoDate } from '@brobygger/domain';
import { formatDate } from './format';

/** The error codes the API promises (DESIGN.md, "Names others rely on"). */
export type ApiErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'OTHER';

/**
 * A refusal as the API sends it, from GraphQL (`extensions`) or from the file endpoints: the
 * code, the reason and the values its wording needs. The English `message` is never shown.
 */
export interface ApiRefusal {
  code?: unknown;
  reason?: unknown;
  params?: unknown;
}

interface ErrorWithExtensions {
  message: string;
  extensions?: Record<string, unknown> | undefined;
}

/** The errors of an answer: a GraphQL answer's, or those in the body of one refused with an HTTP status (429). */
function graphQLErrors(error: unknown): readonly ErrorWithExtensions[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors;
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: unknown };
      if (Array.isArray(body.errors)) return body.errors as ErrorWithExtensions[];
    } catch {
      // Not JSON (a proxy's error page): no refusal to word.
    }
  }
  return [];
}

/** The i18n keys that may word a refusal, most specific first (layout: i18n/en.ts). */
function keysOf(code: unknown, reason: unknown): string[] {
  if (typeof code !== 'string') return [];
  return [...(typeof reason === 'string' ? [`apiErrors.${code}_${reason}`] : []), `apiErrors.${code}`];
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * A param as the reader's language writes it: a calendar day as a date, a moment (a retry
 * time) as a time of day, a number with the language's digit grouping; anything else as sent.
 */
function worded(value: unknown, language: string): unknown {
  if (typeof value === 'number') return new Intl.NumberFormat(language).format(value);
  if (typeof value !== 'string') return value;
  if (isIsoDate(value)) return formatDate(value, language);
  if (ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))) {
    return new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }).format(new Date(value));
  }
  return value;
}

/** The values a wording needs, written for the reader. */
function paramsOf(params: unknown): Record<string, unknown> {
  if (typeof params !== 'object' || params === null) return {};
  const language = i18next.language;
  return Object.fromEntries(Object.entries(params as Record<string, unknown>).map(([key, value]) => [key, worded(value, language)]));
}

/**
 * A refusal in the reader's language, from its code and reason and the values in its params
 * (`apiErrors.<CODE>_<REASON>`, then `apiErrors.<CODE>`); for a code this app has no words for,
 * a general sentence naming the code. Never the API's English message.
 */
export function wordError(refusal: ApiRefusal): string {
  const key = keysOf(refusal.code, refusal.reason).find((candidate) => i18next.exists(candidate));
  if (key) return i18next.t(key, paramsOf(refusal.params));
  return i18next.t('apiErrors.UNKNOWN', { code: typeof refusal.code === 'string' ? refusal.code : '–' });
}

function wordedGraphQLError(e: ErrorWithExtensions): string {
  const extensions = e.extensions ?? {};
  return wordError({ code: extensions['code'], reason: extensions['reason'], params: extensions['params'] });
}

/**
 * A refusal the API reported outside an error, e.g. a lifecycle move's `code` and `params` in
 * `allowedMoves`, worded like the BAD_USER_INPUT error the move would answer.
 */
export function wordRefusal(reason: string | null | undefined, params: unknown): string {
  return wordError({ code: 'BAD_USER_INPUT', reason: reason ?? undefined, params });
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
      out[field] = wordedGraphQLError(e);
    }
  }
  return out;
}

/**
 * A message to show when no field claims the error: the first refusal worded; when no answer
 * came (the network, a proxy's error page), a sentence saying the server was not reached; an
 * error the app threw itself keeps its (already worded) message.
 */
export function errorMessage(error: unknown): string {
  const first = graphQLErrors(error)[0];
  if (first) return wordedGraphQLError(first);
  const unanswered = ServerError.is(error) || ServerParseError.is(error) || error instanceof TypeError || !(error instanceof Error);
  return unanswered ? i18next.t('apiErrors.NETWORK') : error.message;
}
