import './zod-config';
import { z } from 'zod';
import { isIsoDate } from '../iso-date';
import { explainOrgNumber, normalizeOrgNumber } from '../org-number';
import type { FieldLabel } from './labels';
import { messages } from './messages';
import { normalizeText, textProblem, type TextProblem } from './text-hygiene';

/**
 * The building blocks every input schema is made of. Each takes the field's label so its
 * messages read well beside the form field and in an API error: "Start date must be …".
 * Every message is worded when zod makes the issue, so it follows `setValidationLanguage`
 * although the schemas are built once.
 */

/** Longest name of anything (organisation, person, network, agreement title). */
export const MAX_NAME_LENGTH = 200;
/** Longest free text (descriptions, dreams, goals, notes). */
export const MAX_TEXT_LENGTH = 5000;
/** Longest search text of a list; as long as the longest name it could match. */
export const MAX_SEARCH_LENGTH = 200;
/** Longest e-mail address (RFC 5321's limit on a path). */
export const MAX_EMAIL_LENGTH = 254;
/** Longest id accepted; real ids are much shorter, this only stops absurd input early. */
export const MAX_ID_LENGTH = 100;

const EMAIL = z.regexes.email;

type Wording = (label: FieldLabel) => string;

/** "… is required." for a missing value, otherwise the given "… must be …". */
function typeError(label: FieldLabel, wrongType: Wording, missing: Wording = (l) => messages().required(l)) {
  return (issue: { input?: unknown }) => (issue.input == null ? missing(label) : wrongType(label));
}

const choose: Wording = (label) => messages().requiredChoice(label);

function trimmedString(label: FieldLabel, missing?: Wording) {
  return z.string({ error: typeError(label, (l) => messages().mustBeText(l), missing) }).trim();
}

/** A string checked only for presence and type, not trimmed: a password, a login e-mail as typed. */
export function untrimmedField(label: FieldLabel) {
  return z.string({ error: typeError(label, (l) => messages().mustBeText(l)) });
}

/** Any trimmed string; `null`/missing → "… is required.", a non-string → "… must be text.". */
export function stringField(label: FieldLabel) {
  return trimmedString(label);
}

const TEXT_PROBLEM_WORDING: Readonly<Record<TextProblem, Wording>> = {
  CONTROL_CHARACTER: (label) => messages().controlCharacters(label),
  BIDI_CONTROL: (label) => messages().bidiControls(label),
  INVISIBLE_ONLY: (label) => messages().invisibleOnly(label),
};

/**
 * Trimmed text a person wrote, in NFC, at most `max` characters, without control characters
 * (a multi-line text keeps tab and newline), bidi controls or only invisible characters.
 * The length is checked first, so a huge paste is answered by its length alone.
 */
function writtenText(label: FieldLabel, max: number, multiline: boolean) {
  return stringField(label)
    .overwrite((value) => normalizeText(value, multiline))
    .max(max, { error: () => messages().atMostCharacters(label, max) })
    .superRefine((value, ctx) => {
      const problem = textProblem(value, multiline);
      if (problem === null) return;
      ctx.addIssue({ code: 'custom', message: TEXT_PROBLEM_WORDING[problem](label), params: { reason: problem } });
    });
}

/** A trimmed, non-empty, single-line name of at most 200 characters (see `writtenText`). */
export function nameField(label: FieldLabel = 'Name', max = MAX_NAME_LENGTH) {
  return writtenText(label, max, false).min(1, { error: () => messages().cannotBeEmpty(label) });
}

/** Trimmed free text of at most `max` characters, lines allowed; may be empty (see `blankToNull`). */
export function textField(label: FieldLabel, max = MAX_TEXT_LENGTH) {
  return writtenText(label, max, true);
}

/**
 * What a person types in a search box: single-line written text that may be empty. `%` and
 * `_` are kept as typed; the API makes them match literally.
 */
export function searchField(label: FieldLabel = 'Search', max = MAX_SEARCH_LENGTH) {
  return writtenText(label, max, false);
}

/** The id of another entity: a non-empty string. Whether it exists is the API's question. */
export function idField(label: FieldLabel) {
  return trimmedString(label, choose)
    .refine((value) => value.length > 0, { error: () => choose(label), params: { reason: 'REQUIRED' } })
    .max(MAX_ID_LENGTH, { error: () => messages().notAnId(label) });
}

/** One of a closed list; the message lists the choices. */
export function enumField<const T extends readonly [string, ...string[]]>(values: T, label: FieldLabel) {
  return z.enum(values, {
    error: typeError(label, (l) => messages().mustBeOneOf(l, values), choose),
  });
}

/** true or false. */
export function booleanField(label: FieldLabel) {
  return z.boolean({ error: typeError(label, (l) => messages().mustBeBoolean(l)) });
}

/** A whole number from `min` to `max`. */
export function intField(label: FieldLabel, min: number, max = Number.MAX_SAFE_INTEGER) {
  const error = () => messages().wholeNumber(label, min, max === Number.MAX_SAFE_INTEGER ? null : max);
  return z
    .number({ error: typeError(label, (l) => messages().mustBeNumber(l)) })
    .int({ error })
    .min(min, { error })
    .max(max, { error });
}

/** A calendar date written `YYYY-MM-DD` that exists (no 31 April). */
export function dateField(label: FieldLabel) {
  return stringField(label).superRefine((value, ctx) => {
    if (isIsoDate(value)) return;
    ctx.addIssue(
      /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? { code: 'custom', message: messages().notARealDate(label, value), params: { reason: 'NOT_A_REAL_DATE', value } }
        : { code: 'custom', message: messages().dateFormat(label), params: { reason: 'DATE_FORMAT' } },
    );
  });
}

/** An email address, trimmed and lower-cased so the same address is always stored the same way. */
export function emailField(label: FieldLabel = 'Email') {
  return stringField(label)
    .toLowerCase()
    .max(MAX_EMAIL_LENGTH, { error: () => messages().atMostCharacters(label, MAX_EMAIL_LENGTH) })
    .refine((value) => EMAIL.test(value), { error: () => messages().email(label), params: { reason: 'EMAIL' } });
}

/**
 * A Norwegian phone number, checked loosely: eight digits, optionally after +47 or 0047,
 * with any spaces, dots or dashes people type. Stored as typed (trimmed).
 */
export function phoneField(label: FieldLabel = 'Phone') {
  return stringField(label).refine((value) => /^(?:\+47|0047)?\d{8}$/.test(value.replace(/[\s.\-()]/g, '')), {
    error: () => messages().phone(label),
    params: { reason: 'PHONE' },
  });
}

/** A kommunenummer: four digits, e.g. 4003 for Skien. */
export function municipalityNumberField(label: FieldLabel = 'Municipality number') {
  return stringField(label).refine((value) => /^\d{4}$/.test(value), {
    error: () => messages().municipalityNumber(label),
    params: { reason: 'MUNICIPALITY_NUMBER' },
  });
}

/** A Norwegian postal code: four digits. */
export function postalCodeField(label: FieldLabel = 'Postal code') {
  return stringField(label).refine((value) => /^\d{4}$/.test(value), {
    error: () => messages().postalCode(label),
    params: { reason: 'POSTAL_CODE' },
  });
}

/** A NACE industry code at any level: division "62", group "47.1", class "47.11", subclass "47.111". */
export function naceCodeField(label: FieldLabel = 'Industry code') {
  return stringField(label).refine((value) => /^\d{2}(?:\.\d{1,3})?$/.test(value), {
    error: () => messages().naceCode(label),
    params: { reason: 'NACE_CODE' },
  });
}

/** Hours per week: a whole number from 0 to 100. */
export function hoursPerWeekField(label: FieldLabel = 'Hours per week') {
  return intField(label, 0, 100);
}

/**
 * A Norwegian organisation number; spaces are removed ("989 483 404" → "989483404") and the
 * MOD11 check digit verified, with a message saying which of the problems it is.
 */
export function orgNumberField(label: FieldLabel = 'Organisation number') {
  return stringField(label)
    .transform(normalizeOrgNumber)
    .superRefine((value, ctx) => {
      const problem = explainOrgNumber(value);
      if (problem === null) return;
      const say = messages();
      ctx.addIssue(
        problem === 'digits'
          ? { code: 'custom', message: say.orgNumberDigits(label), params: { reason: 'ORG_NUMBER_DIGITS' } }
          : problem === 'length'
            ? { code: 'custom', message: say.orgNumberLength(label, value), params: { reason: 'ORG_NUMBER_LENGTH', value, length: value.length } }
            : { code: 'custom', message: say.orgNumberCheckDigit(label, value), params: { reason: 'ORG_NUMBER_CHECK_DIGIT', value } },
      );
    });
}

/**
 * A web address. People type "skien.kommune.no", so a missing scheme is taken as https://;
 * only http and https are accepted, with a dotted host name.
 */
export function websiteField(label: FieldLabel = 'Website') {
  return stringField(label)
    .max(2000, { error: () => messages().atMostCharacters(label, 2000) })
    .transform((value) => (/^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`))
    .refine((value) => {
      try {
        const url = new URL(value);
        return (url.protocol === 'http:' || url.protocol === 'https:') && /\.[a-z]{2,}$/i.test(url.hostname);
      } catch {
        return false;
      }
    }, { error: () => messages().website(label), params: { reason: 'WEBSITE' } });
}

/**
 * Makes an optional text-like field treat an empty or blank string as "not given" (null), so
 * a form's empty input clears the value instead of failing "must be an email address".
 */
export function blankToNull<T extends z.ZodType<unknown, string>>(label: FieldLabel, schema: T) {
  return stringField(label)
    .transform((value) => (value === '' ? null : value))
    .pipe(schema.nullable());
}
