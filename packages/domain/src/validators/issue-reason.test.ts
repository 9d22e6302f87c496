import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ERROR_REGISTRY } from '../error-reasons';
import { inputsFor, schemas } from './bad-inputs';
import { issueReason, VALIDATION_REASONS } from './issue-reason';
import { validationErrorMap } from './validation-error';

/** Every reason and its params for every issue the exported schemas raise on wrong input. */
function allReasons(): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const [, schema] of schemas) {
    for (const input of inputsFor(schema)) {
      const result = schema.safeParse(input, { error: validationErrorMap, reportInput: true });
      for (const issue of result.error?.issues ?? []) {
        const { reason, params } = issueReason(issue);
        const names = found.get(reason) ?? new Set<string>();
        for (const name of Object.keys(params ?? {})) names.add(name);
        found.set(reason, names);
      }
    }
  }
  return found;
}

describe('issue reasons', () => {
  const found = allReasons();

  it('names every issue the validators raise with a reason the registry lists, and its params', () => {
    const registered: Record<string, readonly string[]> = ERROR_REGISTRY.BAD_USER_INPUT.reasons;
    for (const [reason, params] of found) {
      expect(Object.keys(registered), reason).toContain(reason);
      for (const name of params) expect(registered[reason], `${reason}.${name}`).toContain(name);
    }
  });

  it('leaves no issue of the exported schemas to the catch-all NOT_VALID', () => {
    expect(found.size).toBeGreaterThan(20);
    expect(found.has('NOT_VALID')).toBe(false);
  });

  it('tells a missing value from a wrong one when the input is reported', () => {
    const schema = z.object({ n: z.number() });
    const reasonOf = (input: unknown) => issueReason(schema.safeParse(input, { reportInput: true }).error!.issues[0]!).reason;
    expect(reasonOf({})).toBe('REQUIRED');
    expect(reasonOf({ n: 'ten' })).toBe('NOT_NUMBER');
  });

  it('keeps a reason a check named, with its values', () => {
    const issue = { code: 'custom', path: [], message: 'x', params: { reason: 'TOO_MANY_HOURS', max: 60 } } as const;
    expect(issueReason(issue as unknown as z.core.$ZodIssue)).toEqual({ reason: 'TOO_MANY_HOURS', params: { max: 60 } });
    expect(Object.keys(VALIDATION_REASONS)).toContain('TOO_MANY_HOURS');
  });
});
