import { describe, expect, it } from 'vitest';
import { effectiveIntroductionStatus, introductionDeadline, revealedUntil } from './introduction-rules';

describe('introduction rules', () => {
  it('gives two weeks to answer', () => {
    expect(introductionDeadline(new Date('2026-03-01T10:00:00Z'))).toBe('2026-03-15T10:00:00.000Z');
  });

  it('counts a request past its deadline as expired, and nothing else', () => {
    const now = new Date('2026-03-16T00:00:00Z');
    expect(effectiveIntroductionStatus('REQUESTED', '2026-03-15T10:00:00.000Z', now)).toBe('EXPIRED');
    expect(effectiveIntroductionStatus('REQUESTED', '2026-03-17T10:00:00.000Z', now)).toBe('REQUESTED');
    expect(effectiveIntroductionStatus('ACCEPTED', '2026-03-15T10:00:00.000Z', now)).toBe('ACCEPTED');
  });

  it('reveals for six months after the answer', () => {
    expect(revealedUntil('2026-03-01T10:00:00.000Z')).toBe('2026-09-01T10:00:00.000Z');
  });
});
