import { describe, expect, it } from 'vitest';
import { validateInput } from './validation-error';
import { MAX_SERIES_POINTS, seriesDatesSchema, statisticsRangeSchema } from './statistics';

describe('statistics inputs', () => {
  it('accepts an open range and a period', () => {
    expect(validateInput(statisticsRangeSchema, { from: '2023-01-01', period: 'YEAR' })).toMatchObject({ ok: true });
  });

  it('names the end of a range that runs backwards', () => {
    expect(validateInput(statisticsRangeSchema, { from: '2024-06-01', to: '2024-01-01' })).toMatchObject({ ok: false, field: 'to' });
  });

  it('refuses a date that does not exist', () => {
    expect(validateInput(statisticsRangeSchema, { from: '2023-02-29' })).toMatchObject({ ok: false, field: 'from' });
  });

  it('limits a series to a few dozen points and wants at least one', () => {
    const many = Array.from({ length: MAX_SERIES_POINTS + 1 }, () => '2024-01-01');
    expect(validateInput(seriesDatesSchema, many)).toMatchObject({ ok: false });
    expect(validateInput(seriesDatesSchema, [])).toMatchObject({ ok: false });
    expect(validateInput(seriesDatesSchema, ['2024-01-01', '2024-07-01'])).toMatchObject({ ok: true });
  });
});
