import { describe, expect, it } from 'vitest';
import { agreementBars, type AgreementPeriod } from './agreement-bars';

const hidden = { value: null, suppressed: true };
const shown = (value: number) => ({ value, suppressed: false });
const KINDS = ['WORK_TRIAL', 'EMPLOYMENT', 'MENTORSHIP', 'INTERNSHIP', 'TRAINING', 'PARTNERSHIP'];

/** A year of agreements by kind; the other breakdowns are left empty. */
const year = (start: string, counts: Record<string, { value: number | null; suppressed: boolean }>): AgreementPeriod => ({
  periodStart: start,
  byKind: KINDS.map((value) => ({ value, count: counts[value] ?? hidden })),
  byStatus: [],
  byOutcome: [],
});

const bars = (periods: AgreementPeriod[]) =>
  agreementBars(periods, 'byKind', (start) => start.slice(0, 4), (c) => (c.suppressed ? '<5' : String(c.value)));

/** The height of the stack drawn for a bar: what a reader would read off the y axis. */
const drawn = (bar: Record<string, string | number>) => KINDS.reduce((sum, kind) => sum + Number(bar[kind] ?? 0), 0);

describe('the bars of the agreements chart', () => {
  it('draws no height for a year whose every group is below 5, and marks the six groups instead', () => {
    const [bar] = bars([year('2021-01-01', {})]);
    expect(drawn(bar!)).toBe(0);
    expect(bar!.hidden).toBe(6);
    expect(KINDS.map((kind) => bar![`${kind}:label`])).toEqual(['<5', '<5', '<5', '<5', '<5', '<5']);
  });

  it('stacks only the counts that may be shown, so a bar is never taller than their sum', () => {
    const [bar] = bars([year('2026-01-01', { WORK_TRIAL: shown(15), MENTORSHIP: shown(5) })]);
    expect(drawn(bar!)).toBe(20);
    expect(bar!.WORK_TRIAL).toBe(15);
    expect(bar!.EMPLOYMENT).toBe(0);
    expect(bar!['EMPLOYMENT:suppressed']).toBe(1);
    expect(bar!['WORK_TRIAL:suppressed']).toBeUndefined();
    expect(bar!.hidden).toBe(4);
  });

  it('keeps a coordinator’s exact zero as zero, not as "<5"', () => {
    const [bar] = bars([year('2024-01-01', Object.fromEntries(KINDS.map((k) => [k, shown(0)])))]);
    expect(bar!.hidden).toBe(0);
    expect(bar!['TRAINING:label']).toBe('0');
  });
});
