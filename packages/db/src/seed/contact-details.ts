import type { Random } from './random';

/** An ASCII e-mail local part or domain label from a Norwegian name. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A Norwegian mobile number such as "412 34 567" (8 digits, first 4 or 9). */
export function mobileNumber(rng: Random): string {
  const digits = `${rng.pick(['4', '9'])}${String(rng.int(0, 9_999_999)).padStart(7, '0')}`;
  return `${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`;
}

/** `fornavn.etternavn@domain`, using only reserved example domains so no real address is hit. */
export function emailAddress(first: string, last: string, domain: string): string {
  return `${slugify(first).replace(/-/g, '.')}.${slugify(last).replace(/-/g, '.')}@${domain}`;
}
