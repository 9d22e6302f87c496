import { isSuppressed, type CountValue } from './count';

export type Dimension = 'byKind' | 'byStatus' | 'byOutcome';

export interface ValueCount {
  value: string;
  count: CountValue;
}

export type AgreementPeriod = { periodStart: string } & Record<Dimension, readonly ValueCount[]>;

/**
 * One bar of the agreements chart, flat so recharts reads each group by its value: `<value>` is
 * the height drawn, `<value>:label` what the reader is told, `<value>:suppressed` is 1 for "<5".
 * `hidden` counts the suppressed groups, shown as a "3 × <5" marker above the bar.
 */
export type AgreementBar = { period: string; hidden: number } & Record<string, string | number>;

/**
 * The bars of one breakdown. A suppressed group is drawn with no height: drawn at any height it
 * would stack with the others into a bar that looks like a real total (six "<5" at 4 would read
 * as 24 agreements). It is told in the tooltip, the marker above the bar and the table instead.
 */
export function agreementBars(
  periods: readonly AgreementPeriod[],
  dimension: Dimension,
  periodLabel: (periodStart: string) => string,
  count: (c: CountValue) => string,
): AgreementBar[] {
  return periods.map((p) => {
    const bar: AgreementBar = { period: periodLabel(p.periodStart), hidden: 0 };
    for (const v of p[dimension]) {
      const suppressed = isSuppressed(v.count);
      bar[v.value] = suppressed ? 0 : (v.count.value as number);
      bar[`${v.value}:label`] = count(v.count);
      if (suppressed) {
        bar[`${v.value}:suppressed`] = 1;
        bar.hidden += 1;
      }
    }
    return bar;
  });
}
