/**
 * A date or timestamp to the month (the first day of it): the finest time researchers get of
 * participant-level data. Dates stay dates and timestamps stay timestamps.
 */
export function toMonth<T extends string | null | undefined>(value: T): T {
  if (!value) return value;
  const month = `${value.slice(0, 7)}-01`;
  return (value.length > 10 ? `${month}T00:00:00.000Z` : month) as T;
}
