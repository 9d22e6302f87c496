import { describe, expect, it } from 'vitest';
import { createOrganizationSchema, updateOrganizationSchema } from './organization';
import { validateInput } from './validation-error';

const skien = {
  name: 'Skien kommune',
  sector: 'PUBLIC',
  kind: 'MUNICIPALITY',
  orgNumber: '938 583 986',
  municipalityNumber: '4003',
  municipalityName: 'Skien',
  postalCode: '3701',
  website: 'skien.kommune.no',
  employees: 4000,
  publiclyOwned: true,
};

describe('createOrganizationSchema', () => {
  it('accepts a full organisation and cleans it', () => {
    const result = validateInput(createOrganizationSchema, skien);
    expect(result).toMatchObject({
      ok: true,
      value: { orgNumber: '938583986', website: 'https://skien.kommune.no', employees: 4000 },
    });
  });

  it('needs only name, sector and kind', () => {
    expect(validateInput(createOrganizationSchema, { name: 'Bakeriet AS', sector: 'BUSINESS', kind: 'COMPANY' })).toEqual({
      ok: true,
      value: { name: 'Bakeriet AS', sector: 'BUSINESS', kind: 'COMPANY' },
    });
  });

  it.each([
    [{ sector: 'PUBLIC', kind: 'MUNICIPALITY' }, 'name', 'Name is required.', { reason: 'REQUIRED' }],
    [{ name: 'X', kind: 'COMPANY' }, 'sector', 'Sector is required.', { reason: 'REQUIRED' }],
    [
      { name: 'X', sector: 'PRIVATE', kind: 'COMPANY' },
      'sector',
      'Sector must be one of BUSINESS, PUBLIC, CIVIL.',
      { reason: 'NOT_ONE_OF', params: { values: 'BUSINESS, PUBLIC, CIVIL' } },
    ],
    [
      { name: 'X', sector: 'BUSINESS', kind: 'SHOP' },
      'kind',
      expect.stringContaining('Kind must be one of COMPANY'),
      { reason: 'NOT_ONE_OF', params: { values: expect.stringContaining('COMPANY') } },
    ],
    [
      { ...skien, orgNumber: '989483405' },
      'orgNumber',
      'Organisation number 989483405 has a wrong check digit.',
      { reason: 'ORG_NUMBER_CHECK_DIGIT', params: { value: '989483405' } },
    ],
    [{ ...skien, industryCode: '4711' }, 'industryCode', 'Industry code must be a NACE code like 47.111 or 62.', { reason: 'NACE_CODE' }],
    [{ ...skien, postalCode: '371' }, 'postalCode', 'Postal code must be 4 digits, like 3717.', { reason: 'POSTAL_CODE' }],
    [{ ...skien, employees: -3 }, 'employees', 'Employees must be a whole number at least 0.', { reason: 'NUMBER_TOO_SMALL', params: { min: 0 } }],
    [{ ...skien, website: 'ftp://skien.no' }, 'website', 'Website must be a web address like https://example.no.', { reason: 'WEBSITE' }],
    [{ ...skien, publiclyOwned: 'yes' }, 'publiclyOwned', 'Publicly owned must be true or false.', { reason: 'NOT_BOOLEAN' }],
  ])('refuses %j on %s', (input, field, message, reason) => {
    expect(validateInput(createOrganizationSchema, input)).toEqual({ ok: false, field, message, ...reason });
  });

  it('treats empty form fields as not given', () => {
    const result = validateInput(createOrganizationSchema, { ...skien, orgNumber: '', website: ' ' });
    expect(result).toMatchObject({ ok: true, value: { orgNumber: null, website: null } });
  });
});

describe('updateOrganizationSchema', () => {
  it('accepts an empty change and a single field', () => {
    expect(validateInput(updateOrganizationSchema, {})).toEqual({ ok: true, value: {} });
    expect(validateInput(updateOrganizationSchema, { employees: 12 })).toEqual({ ok: true, value: { employees: 12 } });
  });

  it('clears an optional field with null', () => {
    expect(validateInput(updateOrganizationSchema, { orgNumber: null, industryCode: null })).toEqual({
      ok: true,
      value: { orgNumber: null, industryCode: null },
    });
  });

  it('does not let a required field be cleared', () => {
    expect(validateInput(updateOrganizationSchema, { name: null })).toMatchObject({ ok: false, field: 'name' });
    expect(validateInput(updateOrganizationSchema, { sector: null })).toMatchObject({ ok: false, field: 'sector' });
  });

  it('still checks the organisation number', () => {
    expect(validateInput(updateOrganizationSchema, { orgNumber: '12345' })).toEqual({
      ok: false,
      field: 'orgNumber',
      message: 'Organisation number must have 9 digits; "12345" has 5.',
      reason: 'ORG_NUMBER_LENGTH',
      params: { value: '12345', length: 5 },
    });
  });
});
