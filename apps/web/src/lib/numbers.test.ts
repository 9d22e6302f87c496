import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent } from './numbers';

describe('numbers in the reader’s language', () => {
  it('writes thousands and decimals the Norwegian way in nb', () => {
    expect(formatNumber(1533, 'nb')).toBe('1\u00a0533');
    expect(formatNumber(0.0239, 'nb', { maximumSignificantDigits: 3 })).toBe('0,0239');
    expect(formatPercent(0.42, 'nb')).toBe('42\u00a0%');
  });

  it('writes them the English way in en', () => {
    expect(formatNumber(1533, 'en')).toBe('1,533');
    expect(formatNumber(0.0239, 'en', { maximumSignificantDigits: 3 })).toBe('0.0239');
    expect(formatPercent(0.425, 'en', 1)).toBe('42.5%');
  });

  it('shows a dash for a figure that is not there', () => {
    expect(formatNumber(null, 'nb')).toBe('–');
    expect(formatNumber(Number.NaN, 'en')).toBe('–');
  });
});
