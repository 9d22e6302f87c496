import type { TFunction } from 'i18next';
import { formatNumber, formatPercent } from '../../lib/numbers';

/** A count as the API sends it: researchers get small counts suppressed. */
export interface CountValue {
  value?: number | null;
  suppressed: boolean;
}

export function isSuppressed(count: CountValue): boolean {
  return count.suppressed || count.value == null;
}

/** "<5" for a suppressed count, the number in the reader's language otherwise. */
export function formatCount(count: CountValue, t: TFunction, language: string): string {
  return isSuppressed(count) ? t('analytics.suppressed') : formatNumber(count.value, language);
}

/**
 * The height to draw a count at in a bar that stands alone. A suppressed count is drawn up to 4,
 * hatched (see SuppressedPattern) and labelled "<5", so a chart of small counts is not mistaken
 * for an empty one. Never for stacked bars: "<5"s stacked at 4 add up to a total nobody counted
 * (agreement-bars.ts draws them with no height instead).
 */
export const SUPPRESSED_HEIGHT = 4;
export function plotValue(count: CountValue): number {
  return isSuppressed(count) ? SUPPRESSED_HEIGHT : (count.value as number);
}

export function formatShare(share: number | null | undefined, t: TFunction, language: string): string {
  return share == null ? t('analytics.suppressed') : formatPercent(share, language);
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
