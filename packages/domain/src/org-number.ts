/**
 * The Norwegian organisation number (organisasjonsnummer): nine digits, the last a MOD11
 * check digit over the first eight with weights 3 2 7 6 5 4 3 2 (Brønnøysundregistrene).
 */

const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/** Why a value is not a valid organisation number, for the UI to phrase in its own words. */
export type OrgNumberProblem = 'length' | 'digits' | 'checkDigit';

/**
 * Removes the whitespace people type or paste in ("989 483 404" → "989483404"), including
 * non-breaking spaces, which the register's own pages use between digit groups.
 */
export function normalizeOrgNumber(value: string): string {
  return value.replace(/\s+/g, '');
}

/**
 * The check digit for the first eight digits, or `null` when the remainder makes it 10:
 * no valid organisation number starts with those eight digits.
 *
 * @throws RangeError when `first8` is not exactly eight digits.
 */
export function orgNumberCheckDigit(first8: string): number | null {
  if (!/^\d{8}$/.test(first8)) {
    throw new RangeError(`@brobygger/domain/org-number: expected 8 digits, got "${first8}"`);
  }
  let sum = 0;
  WEIGHTS.forEach((weight, i) => {
    sum += weight * Number(first8[i]);
  });
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return null;
  return check;
}

/**
 * Why `value` is not a valid organisation number, or `null` when it is. Whitespace is
 * ignored. Non-digits are reported before length, since "98948340X" is a typo, not a short number.
 */
export function explainOrgNumber(value: string): OrgNumberProblem | null {
  const digits = normalizeOrgNumber(value);
  if (!/^\d*$/.test(digits)) return 'digits';
  if (digits.length !== 9) return 'length';
  const expected = orgNumberCheckDigit(digits.slice(0, 8));
  return expected !== null && expected === Number(digits[8]) ? null : 'checkDigit';
}

/** True when `value` (whitespace ignored) is a valid organisation number. */
export function isValidOrgNumber(value: string): boolean {
  return explainOrgNumber(value) === null;
}

/** Shows a valid number the way the register prints it: "989483404" → "989 483 404". */
export function formatOrgNumber(value: string): string {
  const digits = normalizeOrgNumber(value);
  return /^\d{9}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : value;
}
