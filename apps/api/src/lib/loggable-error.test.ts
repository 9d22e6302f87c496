import { describe, expect, it } from 'vitest';
import { loggableError } from './loggable-error';

describe('what of an unexpected error is logged', () => {
  it('keeps a failed query’s SQL, code and constraint, never its parameters', () => {
    const failed = Object.assign(new Error('Failed query: update "dreams" set "text" = $1\nparams: jeg har angst,drm_1'), {
      query: 'update "dreams" set "text" = $1 where "dreams"."id" = $2',
      params: ['jeg har angst', 'drm_1'],
      cause: { code: '57014', constraint: undefined, message: 'canceling statement due to user request' },
    });
    const logged = JSON.stringify(loggableError(failed));
    expect(logged).not.toContain('angst');
    expect(loggableError(failed)).toEqual({ error: 'database query failed', query: 'update "dreams" set "text" = $1 where "dreams"."id" = $2', code: '57014' });
  });

  it('keeps the message of any other error', () => {
    expect(loggableError(new TypeError('x is not a function'))).toEqual({ error: 'TypeError: x is not a function' });
  });
});
