import type { StatisticsPeriod } from '@brobygger/domain';

/** One period of a series: its first and last day (ISO dates). */
export interface Period {
  start: string;
  end: string;
}

const MONTHS: Record<StatisticsPeriod, number> = { QUARTER: 3, HALF_YEAR: 6, YEAR: 12 };

/** A long series would be unreadable as a chart and slow to compute: the newest periods win. */
export const MAX_PERIODS = 40;

const iso = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/** The periods from the one holding `from` to the one holding `to`, both ISO dates, at most MAX_PERIODS. */
export function periodsBetween(from: string, to: string, period: StatisticsPeriod): Period[] {
  const size = MONTHS[period];
  let year = Number(from.slice(0, 4));
  let month = Math.floor((Number(from.slice(5, 7)) - 1) / size) * size;
  const out: Period[] = [];
  while (iso(year, month, 1) <= to) {
    const endMonth = month + size - 1;
    out.push({ start: iso(year, month, 1), end: iso(year, endMonth, lastDayOf(year, endMonth)) });
    month += size;
    if (month >= 12) {
      month -= 12;
      year += 1;
    }
  }
  return out.slice(-MAX_PERIODS);
}

/** The index of the period holding `day`, or -1. */
export function periodIndex(periods: readonly Period[], day: string): number {
  return periods.findIndex((p) => p.start <= day && day <= p.end);
}
