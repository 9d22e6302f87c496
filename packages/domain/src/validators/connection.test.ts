import { describe, expect, it } from 'vitest';
import { createConnectionSchema, updateConnectionSchema } from './connection';
import { validateInput } from './validation-error';

describe('createConnectionSchema', () => {
  const tie = { personAId: 'per_a', personBId: 'per_b', kind: 'MENTOR' };

  it('gives strength 2 when none is chosen', () => {
    expect(validateInput(createConnectionSchema, tie)).toEqual({ ok: true, value: { ...tie, strength: 2 } });
  });

  it.each([1, 3])('accepts strength %i', (strength) => {
    expect(validateInput(createConnectionSchema, { ...tie, strength })).toMatchObject({ ok: true, value: { strength } });
  });

  it.each([
    [0, { reason: 'NUMBER_TOO_SMALL', params: { min: 1 } }],
    [4, { reason: 'NUMBER_TOO_BIG', params: { max: 3 } }],
    [2.5, { reason: 'NOT_WHOLE_NUMBER' }],
  ])('refuses strength %s', (strength, reason) => {
    expect(validateInput(createConnectionSchema, { ...tie, strength })).toEqual({
      ok: false,
      field: 'strength',
      message: 'Strength must be a whole number from 1 to 3.',
      ...reason,
    });
  });

  it('refuses a tie from a person to themself, on personBId', () => {
    expect(validateInput(createConnectionSchema, { ...tie, personBId: 'per_a' })).toEqual({
      ok: false,
      field: 'personBId',
      message: 'A connection needs two different people.',
      reason: 'TWO_DIFFERENT_PEOPLE',
    });
  });

  it('refuses an end before the start, on until', () => {
    expect(validateInput(createConnectionSchema, { ...tie, since: '2020-01-01', until: '2019-06-01' })).toMatchObject({
      ok: false,
      field: 'until',
    });
  });

  it('needs a known kind', () => {
    expect(validateInput(createConnectionSchema, { ...tie, kind: 'FRIEND' })).toMatchObject({ ok: false, field: 'kind' });
  });
});

describe('updateConnectionSchema', () => {
  it('does not reset the strength when it is not sent', () => {
    expect(validateInput(updateConnectionSchema, { note: 'Met at the forum' })).toEqual({
      ok: true,
      value: { note: 'Met at the forum' },
    });
  });

  it('still refuses the same person on both ends', () => {
    expect(validateInput(updateConnectionSchema, { personAId: 'per_x', personBId: 'per_x' })).toMatchObject({
      ok: false,
      field: 'personBId',
    });
  });
});
