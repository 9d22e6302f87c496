import type { z } from 'zod';

/**
 * Every reason a validator can give for refused input, with the names of the values its
 * wording may use. The API sends the reason as `extensions.reason` and the values as
 * `extensions.params` (BAD_USER_INPUT); the web words each in its own catalogue. Part of the
 * error registry (error-reasons.ts).
 */
export const VALIDATION_REASONS = {
  // Presence and type.
  REQUIRED: [],
  NOT_TEXT: [],
  NOT_NUMBER: [],
  NOT_WHOLE_NUMBER: [],
  NOT_BOOLEAN: [],
  NOT_A_LIST: [],
  WRONG_SHAPE: [],
  NOT_ONE_OF: ['values'],
  // Text.
  EMPTY: [],
  TOO_SHORT: ['min'],
  TOO_LONG: ['max'],
  CONTROL_CHARACTER: [],
  BIDI_CONTROL: [],
  INVISIBLE_ONLY: [],
  // Numbers.
  NUMBER_TOO_SMALL: ['min'],
  NUMBER_TOO_BIG: ['max'],
  TOO_MANY_HOURS: ['max'],
  // Formats.
  DATE_FORMAT: [],
  NOT_A_REAL_DATE: ['value'],
  EMAIL: [],
  PHONE: [],
  MUNICIPALITY_NUMBER: [],
  POSTAL_CODE: [],
  NACE_CODE: [],
  WEBSITE: [],
  ORG_NUMBER_DIGITS: [],
  ORG_NUMBER_LENGTH: ['value', 'length'],
  ORG_NUMBER_CHECK_DIGIT: ['value'],
  // Passwords.
  GUESSABLE: [],
  PERSONAL: [],
  // Rules across fields, and lists.
  END_BEFORE_START: ['start'],
  PERSON_AND_ORGANIZATION: [],
  PERSON_OR_ORGANIZATION: [],
  LISTED_TWICE: ['name'],
  SAME_PERSON_TWICE: [],
  SAME_ORGANIZATION_TWICE: [],
  TWO_DIFFERENT_PEOPLE: [],
  REASON_DOES_NOT_FIT_STATUS: ['status'],
  TOO_FEW_ENTRIES: ['min'],
  TOO_MANY_ENTRIES: ['max'],
  LIST_CHANGED: [],
  // Anything a schema did not name.
  NOT_VALID: [],
} as const satisfies Record<string, readonly string[]>;

/** A reason a validator gives; see `VALIDATION_REASONS`. */
export type ValidationReason = keyof typeof VALIDATION_REASONS;

/**
 * Why an input was refused, as a code a client words in its own language (the web's
 * catalogue), with the values that wording needs: `{ reason: 'TOO_LONG', params: { max: 200 } }`.
 */
export interface IssueReason {
  readonly reason: ValidationReason;
  readonly params?: Readonly<Record<string, string | number>>;
}

function isValidationReason(value: unknown): value is ValidationReason {
  return typeof value === 'string' && Object.hasOwn(VALIDATION_REASONS, value);
}

const TYPE_REASONS: Readonly<Record<string, ValidationReason>> = {
  string: 'NOT_TEXT',
  number: 'NOT_NUMBER',
  int: 'NOT_WHOLE_NUMBER',
  boolean: 'NOT_BOOLEAN',
  array: 'NOT_A_LIST',
  object: 'WRONG_SHAPE',
};

function withParams(reason: ValidationReason, params: Record<string, string | number>): IssueReason {
  return Object.keys(params).length ? { reason, params } : { reason };
}

/**
 * The reason of a zod issue: the one a check named (`params.reason`, e.g. CONTROL_CHARACTER,
 * EMAIL), else one told from the kind of issue (a missing value, a wrong type, a length, a
 * bound); NOT_VALID for anything else, so every refusal has a reason a client can word.
 */
export function issueReason(issue: z.core.$ZodIssue): IssueReason {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'custom': {
      const { reason, ...params } = (issue.params ?? {}) as Record<string, string | number>;
      return isValidationReason(reason) ? withParams(reason, params) : { reason: 'NOT_VALID' };
    }
    case 'invalid_type':
      if (input == null) return { reason: 'REQUIRED' };
      return { reason: TYPE_REASONS[issue.expected] ?? 'NOT_VALID' };
    case 'invalid_value':
      if (input == null) return { reason: 'REQUIRED' };
      return { reason: 'NOT_ONE_OF', params: { values: issue.values.map(String).join(', ') } };
    case 'too_big':
      if (issue.origin === 'string') return { reason: 'TOO_LONG', params: { max: Number(issue.maximum) } };
      if (issue.origin === 'number') return { reason: 'NUMBER_TOO_BIG', params: { max: Number(issue.maximum) } };
      if (issue.origin === 'array' || issue.origin === 'set') return { reason: 'TOO_MANY_ENTRIES', params: { max: Number(issue.maximum) } };
      return { reason: 'NOT_VALID' };
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min === 1 ? { reason: 'EMPTY' } : { reason: 'TOO_SHORT', params: { min } };
      if (issue.origin === 'number') return { reason: 'NUMBER_TOO_SMALL', params: { min } };
      if (issue.origin === 'array' || issue.origin === 'set') return { reason: 'TOO_FEW_ENTRIES', params: { min } };
      return { reason: 'NOT_VALID' };
    }
    default:
      return { reason: 'NOT_VALID' };
  }
}
