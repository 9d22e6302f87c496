/**
 * Calendar dates as the domain stores them: ISO `YYYY-MM-DD` strings, which compare
 * correctly as plain strings and carry no time zone to drift across midnight.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is `YYYY-MM-DD` and names a day that exists (2024-02-29 yes, 2023-02-29 no). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Date.UTC rolls 02-30 over into March, so a round trip exposes days that do not exist.
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** True when `end` is the same day as `start` or later; both must be ISO dates. */
export function isOnOrAfter(end: string, start: string): boolean {
  return end >= start;
}
