import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  blankToNull,
  dateField,
  emailField,
  enumField,
  hoursPerWeekField,
  municipalityNumberField,
  naceCodeField,
  nameField,
  orgNumberField,
  phoneField,
  postalCodeField,
  searchField,
  textField,
  websiteField,
} from './fields';
import { validateInput } from './validation-error';

/** The message a user would see for `input`, or the cleaned value when it is accepted. */
function check(schema: z.ZodType, input: unknown) {
  const result = validateInput(schema, input);
  return result.ok ? { value: result.value } : { message: result.message };
}

describe('nameField', () => {
  it('trims the name', () => {
    expect(check(nameField(), '  Skien kommune ')).toEqual({ value: 'Skien kommune' });
  });

  it.each([
    [undefined, 'Name is required.'],
    [null, 'Name is required.'],
    ['   ', 'Name cannot be empty.'],
    [42, 'Name must be text.'],
    ['x'.repeat(201), 'Name can be at most 200 characters.'],
  ])('%j → %s', (input, message) => {
    expect(check(nameField(), input)).toEqual({ message });
  });

  it('accepts exactly 200 characters', () => {
    expect(check(nameField(), 'x'.repeat(200))).toEqual({ value: 'x'.repeat(200) });
  });
});

describe('textField', () => {
  it('allows 5000 characters and not one more', () => {
    expect(check(textField('Description'), 'a'.repeat(5000))).toEqual({ value: 'a'.repeat(5000) });
    expect(check(textField('Description'), 'a'.repeat(5001))).toEqual({
      message: 'Description can be at most 5000 characters.',
    });
  });
});

describe('written text (names, free text, searches)', () => {
  it('stores names and free text in NFC', () => {
    expect(check(nameField(), 'Rene\u0301 Ha\u030ager')).toEqual({ value: 'René Håger' });
    expect(check(textField('Dreams'), 'Kafe\u0301\r\nmed venner')).toEqual({ value: 'Kafé\nmed venner' });
  });

  it('keeps tabs and line breaks in free text, never in a name', () => {
    expect(check(textField('Note'), 'Ring NAV\n\tmandag')).toEqual({ value: 'Ring NAV\n\tmandag' });
    expect(validateInput(nameField(), 'Kari\nNordmann')).toMatchObject({
      ok: false,
      message: 'Name cannot contain control characters.',
      reason: 'CONTROL_CHARACTER',
    });
  });

  it.each([
    ['a NUL', 'Grenland\u0000Sveis', 'Name cannot contain control characters.', 'CONTROL_CHARACTER'],
    ['a C1 control', 'Grenland\u0090Sveis', 'Name cannot contain control characters.', 'CONTROL_CHARACTER'],
    ['a right-to-left override', 'Kari \u202eSA sievS', 'Name cannot contain characters that change the writing direction.', 'BIDI_CONTROL'],
    ['zero-width spaces only', '\u200b\u200b', 'Name cannot consist of invisible characters only.', 'INVISIBLE_ONLY'],
    ['a byte-order mark and a soft hyphen', '\ufeff\u00ad', 'Name cannot consist of invisible characters only.', 'INVISIBLE_ONLY'],
  ])('refuses a name with %s', (_what, input, message, reason) => {
    expect(validateInput(nameField(), input)).toEqual({ ok: false, field: '', message, reason });
  });

  it('refuses the same in free text and in a search, which reach other people and exports', () => {
    expect(validateInput(textField('Dreams'), 'Bli snekker\u0000')).toMatchObject({ reason: 'CONTROL_CHARACTER' });
    expect(validateInput(blankToNull('Note', textField('Note')), '\u200b')).toMatchObject({ reason: 'INVISIBLE_ONLY' });
    expect(validateInput(searchField(), 'kari\u202e')).toMatchObject({ reason: 'BIDI_CONTROL' });
  });

  it('answers an oversized text by its length, with the limit as a parameter', () => {
    expect(validateInput(nameField(), '\u0000'.repeat(50_000))).toEqual({
      ok: false,
      field: '',
      message: 'Name can be at most 200 characters.',
      reason: 'TOO_LONG',
      params: { max: 200 },
    });
    expect(validateInput(searchField(), 'x'.repeat(201))).toMatchObject({ reason: 'TOO_LONG', params: { max: 200 } });
    expect(check(searchField(), '  50%_off ')).toEqual({ value: '50%_off' });
  });
});

describe('dateField', () => {
  it('accepts a real date and a leap day', () => {
    expect(check(dateField('Start date'), '2024-02-29')).toEqual({ value: '2024-02-29' });
  });

  it('says when a well-formed date does not exist', () => {
    expect(check(dateField('Start date'), '2023-02-29')).toEqual({ message: 'Start date 2023-02-29 is not a real date.' });
  });

  it('shows the expected format for other text', () => {
    expect(check(dateField('Start date'), '29.02.2024')).toEqual({ message: 'Start date must be a date like 2024-05-31.' });
  });
});

describe('emailField', () => {
  it('trims and lower-cases', () => {
    expect(check(emailField(), ' Kari.Nordmann@NAV.no ')).toEqual({ value: 'kari.nordmann@nav.no' });
  });

  it.each(['kari', 'kari@', 'kari@nav', '@nav.no'])('rejects %j', (input) => {
    expect(check(emailField(), input)).toEqual({ message: 'Email must be an email address like name@example.no.' });
  });
});

describe('phoneField', () => {
  it.each(['91234567', '912 34 567', '+47 912 34 567', '0047 91234567', '35-58-10-00'])('accepts %j as typed', (input) => {
    expect(check(phoneField(), input)).toEqual({ value: input });
  });

  it.each(['1234567', '912345678', '+46 912 34 567', 'ring meg'])('rejects %j', (input) => {
    expect(check(phoneField(), input)).toMatchObject({ message: expect.stringContaining('8 digits') });
  });
});

describe('numbers and codes', () => {
  it('checks municipality numbers and postal codes as 4 digits', () => {
    expect(check(municipalityNumberField(), '4003')).toEqual({ value: '4003' });
    expect(check(municipalityNumberField(), '403')).toEqual({
      message: 'Municipality number must be 4 digits, like 4003 for Skien.',
    });
    expect(check(postalCodeField(), '3717')).toEqual({ value: '3717' });
    expect(check(postalCodeField(), '37170')).toMatchObject({ message: expect.stringContaining('4 digits') });
  });

  it.each(['62', '47.1', '47.11', '47.111'])('accepts the NACE code %s', (code) => {
    expect(check(naceCodeField(), code)).toEqual({ value: code });
  });

  it.each(['6', '47.1111', '47,111', 'G'])('rejects the NACE code %j', (code) => {
    expect(check(naceCodeField(), code)).toEqual({ message: 'Industry code must be a NACE code like 47.111 or 62.' });
  });

  it('takes hours per week as a whole number from 0 to 100', () => {
    expect(check(hoursPerWeekField(), 0)).toEqual({ value: 0 });
    expect(check(hoursPerWeekField(), 100)).toEqual({ value: 100 });
    for (const bad of [-1, 101, 37.5]) {
      expect(check(hoursPerWeekField(), bad)).toEqual({
        message: 'Hours per week must be a whole number from 0 to 100.',
      });
    }
    expect(check(hoursPerWeekField(), '20')).toEqual({ message: 'Hours per week must be a number.' });
  });
});

describe('orgNumberField', () => {
  it('removes spaces from a valid number', () => {
    expect(check(orgNumberField(), '989 483 404')).toEqual({ value: '989483404' });
  });

  it('names a wrong check digit', () => {
    expect(check(orgNumberField(), '989483405')).toEqual({ message: 'Organisation number 989483405 has a wrong check digit.' });
  });

  it('names a wrong length and non-digits', () => {
    expect(check(orgNumberField(), '98948340')).toEqual({ message: 'Organisation number must have 9 digits; "98948340" has 8.' });
    expect(check(orgNumberField(), '98948340O')).toEqual({ message: 'Organisation number may contain only digits.' });
  });
});

describe('websiteField', () => {
  it('adds https:// when the scheme is missing', () => {
    expect(check(websiteField(), 'skien.kommune.no')).toEqual({ value: 'https://skien.kommune.no' });
    expect(check(websiteField(), 'http://example.no/om')).toEqual({ value: 'http://example.no/om' });
  });

  it.each(['ftp://example.no', 'javascript:alert(1)', 'not a url', 'localhost'])('rejects %j', (input) => {
    expect(check(websiteField(), input)).toEqual({ message: 'Website must be a web address like https://example.no.' });
  });
});

describe('enumField', () => {
  const sector = enumField(['BUSINESS', 'PUBLIC', 'CIVIL'] as const, 'Sector');

  it('lists the choices when the value is not one of them', () => {
    expect(check(sector, 'PRIVATE')).toEqual({ message: 'Sector must be one of BUSINESS, PUBLIC, CIVIL.' });
    expect(check(sector, undefined)).toEqual({ message: 'Sector is required.' });
  });
});

describe('blankToNull', () => {
  const email = blankToNull('Email', emailField());

  it('turns an empty form field into null instead of an error', () => {
    expect(check(email, '')).toEqual({ value: null });
    expect(check(email, '   ')).toEqual({ value: null });
  });

  it('still checks a value that was typed', () => {
    expect(check(email, 'kari@nav.no')).toEqual({ value: 'kari@nav.no' });
    expect(check(email, 'kari')).toMatchObject({ message: expect.stringContaining('email address') });
  });
});
