import { describe, expect, it } from 'vitest';
import {
  explainOrgNumber,
  formatOrgNumber,
  isValidOrgNumber,
  normalizeOrgNumber,
  orgNumberCheckDigit,
} from './org-number';

describe('isValidOrgNumber', () => {
  it.each(['989483404', '889640782', '974760673', '938801363'])('accepts the real number %s', (n) => {
    expect(isValidOrgNumber(n)).toBe(true);
  });

  it('rejects a number whose last digit is off by one', () => {
    expect(isValidOrgNumber('989483405')).toBe(false);
  });

  it('accepts the number typed with spaces, as printed on letters', () => {
    expect(isValidOrgNumber('989 483 404')).toBe(true);
  });

  it.each(['', '98948340', '9894834044', 'abcdefghi', '98948340X'])('rejects %j', (n) => {
    expect(isValidOrgNumber(n)).toBe(false);
  });

  it('rejects every number whose first eight digits give remainder 10', () => {
    // 00000006: 2·6 = 12, 12 mod 11 = 1, 11 − 1 = 10: no ninth digit can make it valid.
    expect(orgNumberCheckDigit('00000006')).toBeNull();
    for (let d = 0; d <= 9; d++) expect(isValidOrgNumber(`00000006${d}`)).toBe(false);
  });
});

describe('orgNumberCheckDigit', () => {
  it('computes the check digit of real numbers', () => {
    expect(orgNumberCheckDigit('98948340')).toBe(4);
    expect(orgNumberCheckDigit('88964078')).toBe(2);
  });

  it('maps remainder 0 to check digit 0', () => {
    // 00000000 sums to 0 → 11 − 0 = 11 → 0.
    expect(orgNumberCheckDigit('00000000')).toBe(0);
    expect(isValidOrgNumber('000000000')).toBe(true);
  });

  it('refuses input that is not eight digits', () => {
    expect(() => orgNumberCheckDigit('1234567')).toThrow(RangeError);
    expect(() => orgNumberCheckDigit('1234567a')).toThrow(/8 digits/);
  });
});

describe('explainOrgNumber', () => {
  it.each([
    ['989483404', null],
    ['989 483 404', null],
    ['989483405', 'checkDigit'],
    ['98948340', 'length'],
    ['', 'length'],
    ['98948340X', 'digits'],
    ['989-483-404', 'digits'],
  ] as const)('%j → %j', (input, reason) => {
    expect(explainOrgNumber(input)).toBe(reason);
  });
});

describe('normalizeOrgNumber and formatOrgNumber', () => {
  it('strips spaces, including non-breaking ones', () => {
    expect(normalizeOrgNumber('989 483 404')).toBe('989483404');
    expect(normalizeOrgNumber(' 989\u00a0483\u00a0404 ')).toBe('989483404');
  });

  it('groups nine digits in threes and leaves anything else alone', () => {
    expect(formatOrgNumber('989483404')).toBe('989 483 404');
    expect(formatOrgNumber('12345')).toBe('12345');
  });
});
