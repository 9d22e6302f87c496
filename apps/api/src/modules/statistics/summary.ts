import type { Suppression } from '../../privacy/research-counts';

/** Linear interpolation between order statistics (R's type 7, numpy's default). */
function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}

/** Count, mean, median and quartiles of `values`; the figures are left out when too few are behind them. */
export function summarize(values: readonly number[], suppression: Suppression) {
  const count = suppression.count(values.length);
  if (!suppression.enough(values.length)) {
    return { count, mean: null, median: null, lowerQuartile: null, upperQuartile: null };
  }
  const sorted = [...values].sort((a, b) => a - b);
  const figure = suppression.figure;
  return {
    count,
    mean: figure(sorted.reduce((sum, v) => sum + v, 0) / sorted.length),
    median: figure(quantile(sorted, 0.5)),
    lowerQuartile: figure(quantile(sorted, 0.25)),
    upperQuartile: figure(quantile(sorted, 0.75)),
  };
}
