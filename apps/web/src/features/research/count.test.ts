import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { formatCount, formatShare, plotValue } from './count';

const t = i18next.getFixedT('nb');

describe('counts on the research page', () => {
  it('draws a suppressed count as a few, never as nothing, and labels it "<5"', () => {
    expect(plotValue({ value: null, suppressed: true })).toBe(4);
    expect(formatCount({ value: null, suppressed: true }, t, 'nb')).toBe('<5');
    expect(plotValue({ value: 0, suppressed: false })).toBe(0);
  });

  it('writes counts and shares in the reader’s language', () => {
    expect(formatCount({ value: 1535, suppressed: false }, t, 'nb')).toBe('1\u00a0535');
    expect(formatCount({ value: 1535, suppressed: false }, t, 'en')).toBe('1,535');
    expect(formatShare(0.25, t, 'nb')).toBe('25\u00a0%');
    expect(formatShare(null, t, 'nb')).toBe('<5');
  });
});
