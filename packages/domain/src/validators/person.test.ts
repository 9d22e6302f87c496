import { describe, expect, it } from 'vitest';
import { createPersonSchema, updatePersonSchema } from './person';
import { validateInput } from './validation-error';

describe('createPersonSchema', () => {
  it('accepts a person with contact details and cleans them', () => {
    expect(
      validateInput(createPersonSchema, {
        name: ' Kari Nordmann ',
        sector: 'PUBLIC',
        email: 'Kari@NAV.no',
        phone: '+47 912 34 567',
        title: 'Veileder',
        organizationId: 'org_nav',
        since: '2021-08-16',
      }),
    ).toEqual({
      ok: true,
      value: {
        name: 'Kari Nordmann',
        sector: 'PUBLIC',
        email: 'kari@nav.no',
        phone: '+47 912 34 567',
        title: 'Veileder',
        organizationId: 'org_nav',
        since: '2021-08-16',
      },
    });
  });

  it.each([
    [{ sector: 'CIVIL' }, 'name'],
    [{ name: 'Ola' }, 'sector'],
    [{ name: 'Ola', sector: 'CIVIL', email: 'ola' }, 'email'],
    [{ name: 'Ola', sector: 'CIVIL', phone: '123' }, 'phone'],
    [{ name: 'Ola', sector: 'CIVIL', since: '2021-02-30' }, 'since'],
  ])('refuses %j on %s', (input, field) => {
    expect(validateInput(createPersonSchema, input)).toMatchObject({ ok: false, field });
  });

  it('makes a participant in the same step, checking the nested profile', () => {
    const ok = validateInput(createPersonSchema, {
      name: 'Ola',
      sector: 'CIVIL',
      participant: { status: 'IN_ACTIVITY', hoursPerWeek: 20, talents: [{ name: 'Baking' }] },
    });
    expect(ok).toMatchObject({ ok: true, value: { participant: { status: 'IN_ACTIVITY', hoursPerWeek: 20 } } });

    expect(
      validateInput(createPersonSchema, {
        name: 'Ola',
        sector: 'CIVIL',
        participant: { talents: [{ name: 'Baking' }, { name: ' baking ' }] },
      }),
    ).toEqual({
      ok: false,
      field: 'participant.talents.1.name',
      message: 'Talent "baking" is listed twice.',
      reason: 'LISTED_TWICE',
      params: { name: 'baking' },
    });
  });
});

describe('updatePersonSchema', () => {
  it('clears contact details with null and ignores a participant profile', () => {
    expect(validateInput(updatePersonSchema, { email: null, phone: null, participant: { status: 'EDUCATION' } })).toEqual({
      ok: true,
      value: { email: null, phone: null },
    });
  });

  it('keeps the name required when it is sent', () => {
    expect(validateInput(updatePersonSchema, { name: '  ' })).toEqual({
      ok: false,
      field: 'name',
      message: 'Name cannot be empty.',
      reason: 'EMPTY',
    });
  });
});
