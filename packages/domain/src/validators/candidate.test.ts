import { describe, expect, it } from 'vitest';
import { candidateFilterSchema, rateCandidateSchema } from './candidate';
import { validateInput } from './validation-error';

describe('candidateFilterSchema', () => {
  it('accepts an empty filter and trims the search', () => {
    expect(validateInput(candidateFilterSchema, { search: ' sveis ' })).toEqual({ ok: true, value: { search: 'sveis' } });
  });

  it('names the field that is wrong', () => {
    expect(validateInput(candidateFilterSchema, { municipalityNumber: 'Skien' })).toMatchObject({ ok: false, field: 'municipalityNumber' });
    expect(validateInput(candidateFilterSchema, { minHoursPerWeek: 170 })).toMatchObject({ ok: false, field: 'minHoursPerWeek' });
    expect(validateInput(candidateFilterSchema, { talents: ['Welding', ''] })).toMatchObject({ ok: false, field: 'talents.1' });
  });
});

describe('rateCandidateSchema', () => {
  it('needs a known rating', () => {
    expect(validateInput(rateCandidateSchema, { opportunityId: 'opp_1', candidateId: 'P-1', rating: 'MAYBE' })).toMatchObject({
      ok: false,
      field: 'rating',
    });
  });
});
