import type { z } from 'zod';

/** What the API puts in `extensions` and the web form shows beside a field. */
export interface ValidationError {
  /** Dotted path of the offending field, e.g. `orgNumber` or `parties.1.role`; '' for the whole input. */
  readonly field: string;
  /** A plain-English sentence for the user. */
  readonly message: string;
}

/** The outcome of `validateInput`. */
export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T }
  | ({ readonly ok: false } & ValidationError);

/** "orgNumber" → "Org number"; only for issues whose schema gave no label of its own. */
function labelOf(path: readonly PropertyKey[]): string {
  const key = [...path].reverse().find((part): part is string => typeof part === 'string');
  if (!key) return 'The input';
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Fallback messages for issues a schema did not word itself (zod's defaults read
 * "Invalid input: expected string, received undefined"). Passed per parse, not set globally,
 * so other zod users in the same process (the API's env check) are not affected.
 */
const plainEnglish: z.core.$ZodErrorMap = (issue) => {
  const label = labelOf(issue.path ?? []);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return `${label} is required.`;
      return issue.expected === 'object' || issue.expected === 'array'
        ? `${label} has the wrong shape.`
        : `${label} must be ${issue.expected === 'string' ? 'text' : `a ${issue.expected}`}.`;
    case 'too_small':
      return issue.origin === 'array'
        ? `${label} needs at least ${String(issue.minimum)} entries.`
        : `${label} is too short or too small.`;
    case 'too_big':
      return issue.origin === 'array'
        ? `${label} can have at most ${String(issue.maximum)} entries.`
        : `${label} is too long or too large.`;
    default:
      return `${label} is not valid.`;
  }
};

/** The first issue of a ZodError as `{ field, message }`: the one thing to fix first. */
export function toValidationError(error: z.ZodError): ValidationError {
  const [issue] = error.issues;
  if (!issue) return { field: '', message: 'The input is not valid.' };
  return { field: issue.path.map(String).join('.'), message: issue.message };
}

/**
 * Parses `input` with `schema`, returning the cleaned value (trimmed, normalised) or the first
 * problem in plain English. Use this rather than `schema.safeParse` so unworded issues get a
 * readable message too.
 */
export function validateInput<S extends z.ZodType>(schema: S, input: unknown): ValidationResult<z.output<S>> {
  const result = schema.safeParse(input, { error: plainEnglish });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, ...toValidationError(result.error) };
}
