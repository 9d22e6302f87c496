import { describe, expect, it } from 'vitest';
import { AGREEMENT_KINDS, PARTICIPANT_STATUSES } from './enums';
import { isPaidWork, statusAfterAgreementOutcome } from './participant-journey';

describe('statusAfterAgreementOutcome', () => {
  it.each([
    ['EMPLOYMENT', 37.5, 'EMPLOYED_FULL_TIME'],
    ['EMPLOYMENT', 30, 'EMPLOYED_FULL_TIME'],
    ['EMPLOYMENT', 29, 'EMPLOYED_PART_TIME'],
    ['WORK_TRIAL', 20, 'EMPLOYED_PART_TIME'],
    ['WORK_TRIAL', 0, 'EMPLOYED_PART_TIME'],
    ['WORK_TRIAL', null, 'EMPLOYED_FULL_TIME'],
    ['EMPLOYMENT', undefined, 'EMPLOYED_FULL_TIME'],
  ] as const)(
    'a %s agreement ending HIRED at %s h/week → %s',
    (agreementKind, hoursPerWeek, status) => {
      expect(statusAfterAgreementOutcome({ agreementKind, outcome: 'HIRED', hoursPerWeek })).toBe(
        status,
      );
    },
  );

  it.each([
    ['FULL_TIME', 20, 'EMPLOYED_FULL_TIME'],
    ['PART_TIME', 37.5, 'EMPLOYED_PART_TIME'],
    ['PART_TIME', null, 'EMPLOYED_PART_TIME'],
  ] as const)(
    'the coordinator’s %s wins over %s h/week → %s',
    (employment, hoursPerWeek, status) => {
      expect(
        statusAfterAgreementOutcome({
          agreementKind: 'WORK_TRIAL',
          outcome: 'HIRED',
          hoursPerWeek,
          employment,
        }),
      ).toBe(status);
    },
  );

  it.each(['MENTORSHIP', 'INTERNSHIP', 'TRAINING', 'PARTNERSHIP'] as const)(
    'HIRED on a %s agreement does not change the status',
    (agreementKind) => {
      expect(
        statusAfterAgreementOutcome({ agreementKind, outcome: 'HIRED', hoursPerWeek: 37.5 }),
      ).toBeNull();
    },
  );

  it.each(AGREEMENT_KINDS)(
    'EDUCATION on a %s agreement moves the participant to EDUCATION',
    (agreementKind) => {
      expect(statusAfterAgreementOutcome({ agreementKind, outcome: 'EDUCATION' })).toBe(
        'EDUCATION',
      );
    },
  );

  it.each(['EXTENDED', 'ENDED'] as const)('%s leaves the status alone', (outcome) => {
    expect(
      statusAfterAgreementOutcome({ agreementKind: 'EMPLOYMENT', outcome, hoursPerWeek: 37.5 }),
    ).toBeNull();
  });

  it('records nothing when the participant already has the new status', () => {
    expect(
      statusAfterAgreementOutcome({
        agreementKind: 'EMPLOYMENT',
        outcome: 'HIRED',
        hoursPerWeek: 37.5,
        currentStatus: 'EMPLOYED_FULL_TIME',
      }),
    ).toBeNull();
    expect(
      statusAfterAgreementOutcome({
        agreementKind: 'EMPLOYMENT',
        outcome: 'HIRED',
        hoursPerWeek: 37.5,
        currentStatus: 'EMPLOYED_PART_TIME',
      }),
    ).toBe('EMPLOYED_FULL_TIME');
  });
});

describe('isPaidWork', () => {
  it('counts only part-time and full-time employment as paid work', () => {
    expect(PARTICIPANT_STATUSES.filter(isPaidWork)).toEqual([
      'EMPLOYED_PART_TIME',
      'EMPLOYED_FULL_TIME',
    ]);
  });
});
