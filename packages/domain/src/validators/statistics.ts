import { z } from 'zod';
import { dateField } from './fields';
import { messages } from './messages';
import { checkDateRange } from './refinements';

/** Periods the statistics are grouped by. */
export const STATISTICS_PERIODS = ['QUARTER', 'HALF_YEAR', 'YEAR'] as const;
export type StatisticsPeriod = (typeof STATISTICS_PERIODS)[number];

/** The most points one time series may ask for: each costs a pass over the graph. */
export const MAX_SERIES_POINTS = 24;

const range = {
  from: dateField('From').nullish(),
  to: dateField('To').nullish(),
};

const rangeLabels = { start: 'from', end: 'to', startLabel: 'From', endLabel: 'To' } as const;

/** A date range for outcome and agreement statistics; both ends optional, `to` on or after `from`. */
export const statisticsRangeSchema = z
  .object({ ...range, period: z.enum(STATISTICS_PERIODS).nullish() })
  .superRefine((value, ctx) => checkDateRange(value, ctx, rangeLabels));
export type StatisticsRangeInput = z.infer<typeof statisticsRangeSchema>;

/** The days of a time series: one to MAX_SERIES_POINTS real dates. */
export const seriesDatesSchema = z
  .array(dateField('Date'))
  .min(1, { error: () => messages().tooFewDates() })
  .max(MAX_SERIES_POINTS, { error: () => messages().tooManyDates(MAX_SERIES_POINTS) });
