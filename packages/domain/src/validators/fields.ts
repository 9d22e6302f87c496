import { z } from 'zod';
import { isIsoDate } from '../iso-date';
import { explainOrgNumber, normalizeOrgNumber } from '../org-number';

/**
 * The building blocks every input schema is made of. Each takes the field's label so its
 * messages read well beside the form field and in an API error: "Start date must be …".
 */

/** Longest name of anything (organisation, person, network, agreement title). */
export const MAX_NAME_LENGTH = 200;
/** Longest free text (descriptions, dreams, goals, notes). */
export const MAX_TEXT_LENGTH = 5000;
/** Longest id accepted; real ids are much shorter, this only stops absurd input early. */
export const MAX_ID_LENGTH = 100;

const EMAIL = z.regexes.email;

function typeError(label: string, what: string) {
  return (issue: { input?: unknown }) =>
    issue.input == null ? `${label} is required.` : `${label} must be ${what}.`;
}

/** Any trimmed string; `null`/missing → "… is required.", a non-string → "… must be text.". */
export function stringField(label: string) {
  return z.string({ error: typeError(label, 'text') }).trim();
}

/** A trimmed, non-empty name of at most 200 characters. */
export function nameField(label = 'Name', max = MAX_NAME_LENGTH) {
  return stringField(label)
    .min(1, `${label} cannot be empty.`)
    .max(max, `${label} can be at most ${max} characters.`);
}

/** Trimmed free text of at most `max` characters; may be empty (see `blankToNull`). */
export function textField(label: string, max = MAX_TEXT_LENGTH) {
  return stringField(label).max(max, `${label} can be at most ${max} characters.`);
}

/** The id of another entity: a non-empty string. Whether it exists is the API's question. */
export function idField(label: string) {
  return stringField(label)
    .min(1, `${label} is required.`)
    .max(MAX_ID_LENGTH, `${label} is not a valid id.`);
}

/** One of a closed list; the message lists the choices. */
export function enumField<const T extends readonly [string, ...string[]]>(values: T, label: string) {
  return z.enum(values, {
    error: typeError(label, `one of ${values.join(', ')}`),
  });
}

/** true or false. */
export function booleanField(label: string) {
  return z.boolean({ error: typeError(label, 'true or false') });
}

/** A whole number from `min` to `max`. */
export function intField(label: string, min: number, max = Number.MAX_SAFE_INTEGER) {
  const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `from ${min} to ${max}`;
  const message = `${label} must be a whole number ${range}.`;
  return z
    .number({ error: typeError(label, 'a number') })
    .int(message)
    .min(min, message)
    .max(max, message);
}

/** A calendar date written `YYYY-MM-DD` that exists (no 31 April). */
export function dateField(label: string) {
  return stringField(label).refine(isIsoDate, {
    error: (issue) =>
      /^\d{4}-\d{2}-\d{2}$/.test(String(issue.input))
        ? `${label} ${String(issue.input)} is not a real date.`
        : `${label} must be a date like 2024-05-31.`,
  });
}

/** An email address, trimmed and lower-cased so the same address is always stored the same way. */
export function emailField(label = 'Email') {
  return stringField(label)
    .toLowerCase()
    .max(254, `${label} can be at most 254 characters.`)
    .regex(EMAIL, `${label} must be an email address like name@example.no.`);
}

/**
 * A Norwegian phone number, checked loosely: eight digits, optionally after +47 or 0047,
 * with any spaces, dots or dashes people type. Stored as typed (trimmed).
 */
export function phoneField(label = 'Phone') {
  return stringField(label).refine((value) => /^(?:\+47|0047)?\d{8}$/.test(value.replace(/[\s.\-()]/g, '')), {
    error: `${label} must be a Norwegian number of 8 digits, like 912 34 567 or +47 912 34 567.`,
  });
}

/** A kommunenummer: four digits, e.g. 4003 for Skien. */
export function municipalityNumberField(label = 'Municipality number') {
  return stringField(label).regex(/^\d{4}$/, `${label} must be 4 digits, like 4003 for Skien.`);
}

/** A Norwegian postal code: four digits. */
export function postalCodeField(label = 'Postal code') {
  return stringField(label).regex(/^\d{4}$/, `${label} must be 4 digits, like 3717.`);
}

/** A NACE industry code at any level: division "62", group "47.1", class "47.11", subclass "47.111". */
export function naceCodeField(label = 'Industry code') {
  return stringField(label).regex(/^\d{2}(?:\.\d{1,3})?$/, `${label} must be a NACE code like 47.111 or 62.`);
}

/** Hours per week: a whole number from 0 to 100. */
export function hoursPerWeekField(label = 'Hours per week') {
  return intField(label, 0, 100);
}

/**
 * A Norwegian organisation number; spaces are removed ("989 483 404" → "989483404") and the
 * MOD11 check digit verified, with a message saying which of the problems it is.
 */
export function orgNumberField(label = 'Organisation number') {
  return stringField(label)
    .transform(normalizeOrgNumber)
    .superRefine((value, ctx) => {
      const problem = explainOrgNumber(value);
      if (problem === null) return;
      const message =
        problem === 'digits'
          ? `${label} may contain only digits.`
          : problem === 'length'
            ? `${label} must have 9 digits; "${value}" has ${value.length}.`
            : `${label} ${value} has a wrong check digit.`;
      ctx.addIssue({ code: 'custom', message });
    });
}

/**
 * A web address. People type "skien.kommune.no", so a missing scheme is taken as https://;
 * only http and https are accepted, with a dotted host name.
 */
export function websiteField(label = 'Website') {
  const message = `${label} must be a web address like https://example.no.`;
  return stringField(label)
    .max(2000, `${label} can be at most 2000 characters.`)
    .transform((value) => (/^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`))
    .refine((value) => {
      try {
        const url = new URL(value);
        return (url.protocol === 'http:' || url.protocol === 'https:') && /\.[a-z]{2,}$/i.test(url.hostname);
      } catch {
        return false;
      }
    }, message);
}

/**
 * Makes an optional text-like field treat an empty or blank string as "not given" (null), so
 * a form's empty input clears the value instead of failing "must be an email address".
 */
export function blankToNull<T extends z.ZodType<unknown, string>>(label: string, schema: T) {
  return stringField(label)
    .transform((value) => (value === '' ? null : value))
    .pipe(schema.nullable());
}
