import { describe, expect, it } from 'vitest';
import { createIntroductionSchema } from './introduction';
import { validateInput } from './validation-error';

describe('createIntroductionSchema', () => {
  it('accepts a request with a message', () => {
    expect(validateInput(createIntroductionSchema, { participantId: 'per_1', message: ' We would like to meet you. ' })).toEqual({
      ok: true,
      value: { participantId: 'per_1', message: 'We would like to meet you.' },
    });
  });

  it('needs the candidate', () => {
    expect(validateInput(createIntroductionSchema, { message: 'Hi' })).toEqual({
      ok: false,
      field: 'participantId',
      message: 'Candidate is required.',
      reason: 'REQUIRED',
    });
  });

  it('limits the message to 2000 characters', () => {
    expect(validateInput(createIntroductionSchema, { participantId: 'per_1', message: 'x'.repeat(2000) })).toMatchObject({ ok: true });
    expect(validateInput(createIntroductionSchema, { participantId: 'per_1', message: 'x'.repeat(2001) })).toEqual({
      ok: false,
      field: 'message',
      message: 'Message can be at most 2000 characters.',
      reason: 'TOO_LONG',
      params: { max: 2000 },
    });
  });
});
