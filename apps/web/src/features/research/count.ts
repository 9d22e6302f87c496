import type { TFunction } from 'i18next';

/** A count as the API sends it: researchers get small counts suppressed. */
export interface CountValue {
  value?: number | null;
  suppressed: boolean;
}

/** "<5" for a suppressed count, the number otherwise. */
export function formatCount(count: CountValue, t: TFunction): string {
  if (count.suppressed || count.value == null) return t('analytics.suppressed');
  return count.value.toLocaleString();
}

/** The number to plot: a suppressed count draws nothing and is labelled "<5" instead. */
export function plotValue(count: CountValue): number {
  return count.suppressed || count.value == null ? 0 : count.value;
}

export function formatShare(share: number | null | undefined, t: TFunction): string {
  return share == null ? t('analytics.suppressed') : `${Math.round(share * 100)} %`;
}

/** The last day of each of the `count` half-years up to today, then today: the E-I series' days. */
export function halfYearEnds(today: string, count: number): string[] {
  const year = Number(today.slice(0, 4));
  const out: string[] = [];
  for (let y = year - Math.ceil(count / 2); y <= year; y += 1) {
    for (const end of [`${y}-06-30`, `${y}-12-31`]) if (end < today) out.push(end);
  }
  return [...out.slice(-count), today];
}
