/**
 * Dates as the reader's language writes them; the API sends ISO strings. The month is short in
 * lists ("7. des. 2026") and long where a day is read out alone ("7. desember 2026").
 */
export function formatDate(value: string | null | undefined, language: string, month: 'short' | 'long' = 'short'): string {
  if (!value) return '–';
  const date = new Date(value.length === 10 ? `${value}T00:00:00` : value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString(language === 'en' ? 'en-GB' : 'nb-NO', {
    year: 'numeric',
    month,
    day: 'numeric',
  });
}

/** Today as an ISO date (YYYY-MM-DD) in local time. */
export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
