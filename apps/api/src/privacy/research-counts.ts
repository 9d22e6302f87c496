import { SMALL_COUNT_THRESHOLD, suppressSmallCount, type SuppressedCount } from '@brobygger/domain';

/** Turns raw counts into what the viewer may see: researchers see counts below 5 suppressed. */
export interface Suppression {
  count(n: number): SuppressedCount;
  share(count: number, total: number): { count: SuppressedCount; total: SuppressedCount; share: number | null };
  /** Whether figures derived from `n` people (a median, a mean) may be shown. */
  enough(n: number): boolean;
}

const shown = (n: number): SuppressedCount => ({ value: n, suppressed: false });

export function suppressionFor(researcher: boolean): Suppression {
  if (!researcher) {
    return {
      count: shown,
      share: (count, total) => ({ count: shown(count), total: shown(total), share: total ? count / total : null }),
      enough: (n) => n > 0,
    };
  }
  return {
    count: suppressSmallCount,
    share(count, total) {
      // "All but two are in work" tells as much as "two are not": the rest must be large too.
      const hide = count < SMALL_COUNT_THRESHOLD || total - count < SMALL_COUNT_THRESHOLD;
      const countView = hide ? { value: null, suppressed: true } : suppressSmallCount(count);
      const totalView = suppressSmallCount(total);
      return { count: countView, total: totalView, share: countView.suppressed || totalView.suppressed ? null : count / total };
    },
    enough: (n) => n >= SMALL_COUNT_THRESHOLD,
  };
}
