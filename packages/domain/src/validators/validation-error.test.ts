import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toValidationError, validateInput } from './validation-error';

describe('toValidationError', () => {
  it('reports the first issue with a dotted path', () => {
    const schema = z.object({ parties: z.array(z.object({ role: z.string('Role is required.') })) });
    const result = schema.safeParse({ parties: [{ role: 'EMPLOYER' }, {}] });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(toValidationError(result.error)).toEqual({ field: 'parties.1.role', message: 'Role is required.', reason: 'REQUIRED' });
    }
  });

  it('uses an empty field for a problem with the whole input', () => {
    const result = z.object({}).safeParse('nope');
    if (!result.success) expect(toValidationError(result.error).field).toBe('');
    expect(result.success).toBe(false);
  });
});

describe('validateInput', () => {
  it('returns the parsed value', () => {
    expect(validateInput(z.object({ name: z.string().trim() }), { name: ' Ola ' })).toEqual({
      ok: true,
      value: { name: 'Ola' },
    });
  });

  it('words issues that the schema did not word itself in plain English', () => {
    const schema = z.object({ orgNumber: z.string(), hoursPerWeek: z.number() });
    expect(validateInput(schema, {})).toEqual({ ok: false, field: 'orgNumber', message: 'Org number is required.', reason: 'REQUIRED' });
    expect(validateInput(schema, { orgNumber: '1', hoursPerWeek: 'ten' })).toEqual({
      ok: false,
      field: 'hoursPerWeek',
      message: 'Hours per week must be a number.',
      reason: 'NOT_NUMBER',
    });
  });

  it('keeps the message the schema chose', () => {
    const schema = z.object({ email: z.string().min(3, 'Email is too short to be an address.') });
    expect(validateInput(schema, { email: 'a' })).toMatchObject({ message: 'Email is too short to be an address.' });
  });
});
