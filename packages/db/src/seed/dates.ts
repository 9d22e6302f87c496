/** Calendar dates as ISO `YYYY-MM-DD` strings, computed in UTC so the seed is the same everywhere. */

const DAY_MS = 86_400_000;

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return isoDate(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function maxDay(...days: string[]): string {
  return days.reduce((a, b) => (b > a ? b : a));
}

export function minDay(...days: string[]): string {
  return days.reduce((a, b) => (b < a ? b : a));
}

/** A timestamp for `created_at`-style columns: the given day at 09:00 UTC. */
export function stamp(day: string): string {
  return `${day}T09:00:00.000Z`;
}

/** A random day in [from, to]; `from` when the range is empty. */
export function randomDay(
  rng: { int(min: number, max: number): number },
  from: string,
  to: string,
): string {
  const span = daysBetween(from, to);
  return span <= 0 ? from : addDays(from, rng.int(0, span));
}
