import { SMALL_COUNT_THRESHOLD, type SuppressedCount } from '@brobygger/domain';

/** Counts a researcher receives are multiples of this (DESIGN.md, "Privacy is part of the product"). */
export const RESEARCH_ROUNDING = 5;

/** Turns raw counts into what the viewer may see. */
export interface Suppression {
  count: (n: number) => SuppressedCount;
  share: (count: number, total: number) => { count: SuppressedCount; total: SuppressedCount; share: number | null };
  /** Whether figures derived from `n` people (a median, a mean) may be shown. */
  enough: (n: number) => boolean;
  /**
   * A figure derived from counts (a mean, a density, an E-I index) as the viewer may see it:
   * researchers get two significant digits, so no exact count can be worked back from it.
   */
  figure: (x: number | null) => number | null;
}

const shown = (n: number): SuppressedCount => ({ value: n, suppressed: false });
const suppressed: SuppressedCount = { value: null, suppressed: true };

/** A researcher's count: suppressed below 5, the rest rounded to the nearest 5, so differencing two answers tells nothing exact. */
export function researchCount(n: number): SuppressedCount {
  return n < SMALL_COUNT_THRESHOLD ? suppressed : shown(Math.round(n / RESEARCH_ROUNDING) * RESEARCH_ROUNDING);
}

/**
 * Coordinators see exact counts; researchers see counts suppressed below 5 and rounded to the
 * nearest 5, and shares computed from the rounded figures.
 */
export function suppressionFor(researcher: boolean): Suppression {
  if (!researcher) {
    return {
      count: shown,
      share: (count, total) => ({ count: shown(count), total: shown(total), share: total ? count / total : null }),
      enough: (n) => n > 0,
      figure: (x) => x,
    };
  }
  return {
    count: researchCount,
    share(count, total) {
      // "All but two are in work" tells as much as "two are not": the rest must be large too.
      const hide = count < SMALL_COUNT_THRESHOLD || total - count < SMALL_COUNT_THRESHOLD;
      const countView = hide ? suppressed : researchCount(count);
      const totalView = researchCount(total);
      const share = countView.value !== null && totalView.value ? Number((countView.value / totalView.value).toPrecision(2)) : null;
      return { count: countView, total: totalView, share };
    },
    enough: (n) => n >= SMALL_COUNT_THRESHOLD,
    figure: (x) => (x === null || x === 0 ? x : Number(x.toPrecision(2))),
  };
}

const lastDayOfMonth = (day: string) => {
  const [year, month] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
};

/**
 * A researcher's date range widened to whole months (fixed bins): two ranges that differ by a
 * day give the same answer, so differencing adjacent days reveals nothing.
 */
export function toWholeMonths<R extends { from?: string | null; to?: string | null }>(range: R): R {
  return {
    ...range,
    from: range.from ? `${range.from.slice(0, 7)}-01` : range.from,
    to: range.to ? lastDayOfMonth(range.to) : range.to,
  };
}

/** A researcher's total of a list that may hold participants, as an Int: rounded to 5, and 0 below 5. */
export function researchTotal(n: number): number {
  return researchCount(n).value ?? 0;
}
