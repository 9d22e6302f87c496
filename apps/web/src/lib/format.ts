/** Dates as the reader's language writes them; the API sends ISO strings. */
export function formatDate(value: string | null | undefined, language: string): string {
  if (!value) return '–';
  const date = new Date(value.length === 10 ? `${value}T00:00:00` : value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString(language === 'en' ? 'en-GB' : 'nb-NO', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  });
}

/** Today as an ISO date (YYYY-MM-DD) in local time. */
export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
