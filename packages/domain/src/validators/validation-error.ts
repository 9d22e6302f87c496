import type { z } from 'zod';
import { issueReason, type ValidationReason } from './issue-reason';
import { messages } from './messages';

/** What the API puts in `extensions` and the web form shows beside a field. */
export interface ValidationError {
  /** Dotted path of the offending field, e.g. `orgNumber` or `parties.1.role`; '' for the whole input. */
  readonly field: string;
  /** A plain sentence for the user, in the validation language (English unless set). */
  readonly message: string;
  /** A code for the problem (REQUIRED, TOO_LONG, EMAIL, GUESSABLE…); see issue-reason.ts. */
  readonly reason: ValidationReason;
  /** The values a wording of `reason` needs, e.g. `{ max: 200 }`. */
  readonly params?: Readonly<Record<string, string | number>>;
}

/** The outcome of `validateInput`. */
export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T }
  | ({ readonly ok: false } & ValidationError);

/** The key an unworded issue is named after: the last string in its path, e.g. `parties` for `parties.1`. */
function keyOf(path: readonly PropertyKey[]): string | undefined {
  return [...path].reverse().find((part): part is string => typeof part === 'string');
}

/**
 * Fallback messages for issues a schema did not word itself (zod's defaults read
 * "Invalid input: expected string, received undefined"), in the validation language. Passed
 * per parse, not set globally, so other zod users in the same process (the API's env check)
 * are not affected.
 */
export const validationErrorMap: z.core.$ZodErrorMap = (issue) => {
  const say = messages().fallback;
  const label = say.labelOf(keyOf(issue.path ?? []));
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return say.required(label);
      return issue.expected === 'object' || issue.expected === 'array'
        ? say.wrongShape(label)
        : say.mustBeType(label, issue.expected);
    case 'too_small':
      return issue.origin === 'array' ? say.tooFewEntries(label, String(issue.minimum)) : say.tooSmall(label);
    case 'too_big':
      return issue.origin === 'array' ? say.tooManyEntries(label, String(issue.maximum)) : say.tooBig(label);
    default:
      return say.notValid(label);
  }
};

/** The first issue of a ZodError as `{ field, message, reason, params }`: the one thing to fix first. */
export function toValidationError(error: z.ZodError): ValidationError {
  const [issue] = error.issues;
  if (!issue) return { field: '', message: messages().fallback.inputNotValid(), reason: 'NOT_VALID' };
  return { field: issue.path.map(String).join('.'), message: issue.message, ...issueReason(issue) };
}

/**
 * Parses `input` with `schema`, returning the cleaned value (trimmed, normalised) or the first
 * problem in plain words. Use this rather than `schema.safeParse` so unworded issues get a
 * readable message too.
 */
export function validateInput<S extends z.ZodType>(schema: S, input: unknown): ValidationResult<z.output<S>> {
  // The input stays on each issue so its reason can tell a missing value from a wrong one.
  const result = schema.safeParse(input, { error: validationErrorMap, reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, ...toValidationError(result.error) };
}
