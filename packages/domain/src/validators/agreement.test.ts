import { describe, expect, it } from 'vitest';
import { agreementPartySchema, createAgreementSchema, updateAgreementSchema } from './agreement';
import { validateInput } from './validation-error';

const trial = {
  title: 'Arbeidstrening hos Bakeriet',
  kind: 'WORK_TRIAL',
  startDate: '2024-09-01',
  endDate: '2024-11-30',
  parties: [
    { personId: 'per_kari', role: 'PARTICIPANT' },
    { organizationId: 'org_bakeriet', role: 'EMPLOYER' },
    { organizationId: 'org_nav', role: 'PUBLIC_PARTNER' },
  ],
};

describe('createAgreementSchema', () => {
  it('accepts an agreement with its parties', () => {
    expect(validateInput(createAgreementSchema, trial)).toEqual({ ok: true, value: trial });
  });

  it('refuses an end date before the start date, on endDate', () => {
    expect(validateInput(createAgreementSchema, { ...trial, endDate: '2024-08-31' })).toEqual({
      ok: false,
      field: 'endDate',
      message: 'End date must be on or after the start date (2024-09-01).',
    });
  });

  it('points at the party whose role is missing', () => {
    const parties = [trial.parties[0], { organizationId: 'org_bakeriet' }];
    expect(validateInput(createAgreementSchema, { ...trial, parties })).toEqual({
      ok: false,
      field: 'parties.1.role',
      message: 'Role is required.',
    });
  });

  it('points at a party that is both a person and an organisation', () => {
    const parties = [{ personId: 'per_kari', organizationId: 'org_nav', role: 'PARTICIPANT' }];
    expect(validateInput(createAgreementSchema, { ...trial, parties })).toMatchObject({
      ok: false,
      field: 'parties.0.personId',
    });
  });

  it('refuses the same organisation twice', () => {
    const parties = [...trial.parties, { organizationId: 'org_nav', role: 'COORDINATOR' }];
    expect(validateInput(createAgreementSchema, { ...trial, parties })).toEqual({
      ok: false,
      field: 'parties.3.organizationId',
      message: 'The same organisation is a party twice.',
    });
  });

  it('needs a title and a kind', () => {
    expect(validateInput(createAgreementSchema, { kind: 'EMPLOYMENT' })).toMatchObject({ ok: false, field: 'title' });
    expect(validateInput(createAgreementSchema, { title: 'X', kind: 'LOAN' })).toMatchObject({ ok: false, field: 'kind' });
  });
});

describe('updateAgreementSchema', () => {
  it('changes terms and ignores parties and status', () => {
    expect(validateInput(updateAgreementSchema, { goals: 'Learn the till', status: 'ACTIVE', parties: [] })).toEqual({
      ok: true,
      value: { goals: 'Learn the till' },
    });
  });

  it('clears the end date with null', () => {
    expect(validateInput(updateAgreementSchema, { endDate: null })).toEqual({ ok: true, value: { endDate: null } });
  });
});

describe('agreementPartySchema', () => {
  it('needs a role from the list', () => {
    expect(validateInput(agreementPartySchema, { personId: 'per_1', role: 'FRIEND' })).toMatchObject({
      ok: false,
      field: 'role',
    });
    expect(validateInput(agreementPartySchema, { role: 'MENTOR' })).toMatchObject({ ok: false, field: 'personId' });
  });
});
