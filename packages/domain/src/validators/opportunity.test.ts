import { describe, expect, it } from 'vitest';
import { createOpportunitySchema, updateOpportunitySchema } from './opportunity';
import { validateInput } from './validation-error';

const opening = {
  organizationId: 'org_bakeriet',
  title: 'Bakery assistant',
  kind: 'WORK_TRIAL',
  hoursPerWeek: 20,
  talents: ['Baking', 'Customer service'],
};

describe('createOpportunitySchema', () => {
  it('accepts an opening', () => {
    expect(validateInput(createOpportunitySchema, opening)).toEqual({ ok: true, value: opening });
  });

  it.each([
    [{ ...opening, organizationId: undefined }, 'organizationId'],
    [{ ...opening, kind: 'GIG' }, 'kind'],
    [{ ...opening, status: 'PAUSED' }, 'status'],
    [{ ...opening, hoursPerWeek: 200 }, 'hoursPerWeek'],
    [{ ...opening, talents: ['Baking', ''] }, 'talents.1'],
  ])('refuses %j on %s', (input, field) => {
    expect(validateInput(createOpportunitySchema, input)).toMatchObject({ ok: false, field });
  });

  it('refuses the same talent twice', () => {
    expect(validateInput(createOpportunitySchema, { ...opening, talents: ['Baking', 'baking'] })).toEqual({
      ok: false,
      field: 'talents.1',
      message: 'Talent "baking" is listed twice.',
      reason: 'LISTED_TWICE',
      params: { name: 'baking' },
    });
  });
});

describe('updateOpportunitySchema', () => {
  it('closes an opening', () => {
    expect(validateInput(updateOpportunitySchema, { status: 'FILLED' })).toEqual({ ok: true, value: { status: 'FILLED' } });
  });
});
