import { describe, expect, it } from 'vitest';
import { CANDIDATE_CARD_FIELDS, SMALL_COUNT_THRESHOLD, suppressSmallCount, toCandidateCard } from './privacy';

describe('suppressSmallCount', () => {
  it.each([0, 1, 4])('hides %i', (n) => {
    expect(suppressSmallCount(n)).toEqual({ value: null, suppressed: true });
  });

  it.each([5, 6, 1200])('shows %i', (n) => {
    expect(suppressSmallCount(n)).toEqual({ value: n, suppressed: false });
  });

  it('uses the threshold of five from the design', () => {
    expect(SMALL_COUNT_THRESHOLD).toBe(5);
  });

  it.each([-1, 2.5, Number.NaN])('refuses %s, which cannot be a count', (n) => {
    expect(() => suppressSmallCount(n)).toThrow(RangeError);
  });
});

describe('candidate card', () => {
  const participant = {
    personId: 'per_1',
    name: 'Kari Nordmann',
    email: 'kari@example.org',
    phone: '+47 912 34 567',
    benefit: 'SICK_PAY',
    coordinatorId: 'per_9',
    publicPartnerId: 'org_nav',
    status: 'OUTSIDE_WORK',
    dreams: 'Open a café',
    talents: [{ name: 'Baking', level: 'EXPERT' }],
    goals: [{ text: 'Work in a bakery' }],
    municipalityNumber: '4003',
    municipalityName: 'Skien',
    hoursPerWeek: 20,
    wishedIndustries: ['10.710'],
  };

  it('never lists identifying or sensitive fields', () => {
    for (const hidden of ['name', 'email', 'phone', 'benefit', 'personId', 'coordinatorId', 'publicPartnerId']) {
      expect(CANDIDATE_CARD_FIELDS).not.toContain(hidden);
    }
  });

  it('copies only what an employer may see', () => {
    expect(toCandidateCard(participant)).toEqual({
      talents: [{ name: 'Baking', level: 'EXPERT' }],
      goals: [{ text: 'Work in a bakery' }],
      municipalityNumber: '4003',
      municipalityName: 'Skien',
      hoursPerWeek: 20,
      wishedIndustries: ['10.710'],
    });
  });

  it('leaves out card fields the source does not have', () => {
    expect(toCandidateCard({ name: 'Ola', hoursPerWeek: 10 })).toEqual({ hoursPerWeek: 10 });
  });
});
