import { describe, expect, it } from 'vitest';
import { isIsoDate, isOnOrAfter } from './iso-date';

describe('isIsoDate', () => {
  it.each(['2024-05-31', '2024-02-29', '2000-02-29', '1999-12-31'])('accepts %s', (d) => {
    expect(isIsoDate(d)).toBe(true);
  });

  it.each(['2023-02-29', '1900-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-05-00', '2024-5-31', '31.05.2024', '2024-05-31T00:00:00Z', ''])(
    'rejects %j',
    (d) => {
      expect(isIsoDate(d)).toBe(false);
    },
  );
});

describe('isOnOrAfter', () => {
  it('accepts the same day and later days, refuses earlier ones', () => {
    expect(isOnOrAfter('2024-05-31', '2024-05-31')).toBe(true);
    expect(isOnOrAfter('2024-06-01', '2024-05-31')).toBe(true);
    expect(isOnOrAfter('2024-05-30', '2024-05-31')).toBe(false);
    expect(isOnOrAfter('2025-01-01', '2024-12-31')).toBe(true);
  });
});
