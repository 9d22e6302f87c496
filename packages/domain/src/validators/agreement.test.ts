import { describe, expect, it } from 'vitest';
import {
  agreementPartySchema,
  createAgreementSchema,
  updateAgreementPartySchema,
  updateAgreementSchema,
} from './agreement';
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
      message: 'End date must be on or after the start date (01/09/2024).',
      reason: 'END_BEFORE_START',
      params: { start: '2024-09-01' },
    });
  });

  it('points at the party whose role is missing', () => {
    const parties = [trial.parties[0], { organizationId: 'org_bakeriet' }];
    expect(validateInput(createAgreementSchema, { ...trial, parties })).toEqual({
      ok: false,
      field: 'parties.1.role',
      message: 'Role is required.',
      reason: 'REQUIRED',
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
      reason: 'SAME_ORGANIZATION_TWICE',
    });
  });

  it('needs a title and a kind', () => {
    expect(validateInput(createAgreementSchema, { kind: 'EMPLOYMENT' })).toMatchObject({
      ok: false,
      field: 'title',
    });
    expect(validateInput(createAgreementSchema, { title: 'X', kind: 'LOAN' })).toMatchObject({
      ok: false,
      field: 'kind',
    });
  });
});

describe('updateAgreementSchema', () => {
  it('changes terms and ignores the status', () => {
    expect(
      validateInput(updateAgreementSchema, { goals: 'Learn the till', status: 'ACTIVE' }),
    ).toEqual({
      ok: true,
      value: { goals: 'Learn the till' },
    });
  });

  it('takes a whole party list, checked like a new agreement’s', () => {
    expect(validateInput(updateAgreementSchema, { parties: trial.parties })).toEqual({
      ok: true,
      value: { parties: trial.parties },
    });
    const twice = [...trial.parties, { personId: 'per_kari', role: 'MENTOR' }];
    expect(validateInput(updateAgreementSchema, { parties: twice })).toMatchObject({
      ok: false,
      field: 'parties.3.personId',
    });
    expect(validateInput(updateAgreementSchema, { parties: [{ role: 'EMPLOYER' }] })).toMatchObject(
      {
        ok: false,
        field: 'parties.0.personId',
      },
    );
  });

  it('clears the end date with null', () => {
    expect(validateInput(updateAgreementSchema, { endDate: null })).toEqual({
      ok: true,
      value: { endDate: null },
    });
  });
});

describe('updateAgreementPartySchema', () => {
  it('needs a role from the list', () => {
    expect(validateInput(updateAgreementPartySchema, { role: 'MENTOR' })).toEqual({
      ok: true,
      value: { role: 'MENTOR' },
    });
    expect(validateInput(updateAgreementPartySchema, { role: 'BOSS' })).toMatchObject({
      ok: false,
      field: 'role',
    });
    expect(validateInput(updateAgreementPartySchema, {})).toMatchObject({
      ok: false,
      field: 'role',
    });
  });
});

describe('agreementPartySchema', () => {
  it('needs a role from the list', () => {
    expect(
      validateInput(agreementPartySchema, { personId: 'per_1', role: 'FRIEND' }),
    ).toMatchObject({
      ok: false,
      field: 'role',
    });
    expect(validateInput(agreementPartySchema, { role: 'MENTOR' })).toMatchObject({
      ok: false,
      field: 'personId',
    });
  });
});
