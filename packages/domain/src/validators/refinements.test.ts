import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkDateRange, checkPersonOrOrganization, checkUniqueNames } from './refinements';

const range = z
  .object({ from: z.string().nullish(), to: z.string().nullish() })
  .superRefine((v, ctx) => checkDateRange(v, ctx, { start: 'from', end: 'to', startLabel: 'Start date', endLabel: 'End date' }));

describe('checkDateRange', () => {
  it('reports an end before the start on the end field, naming the start', () => {
    const result = range.safeParse({ from: '2024-05-02', to: '2024-05-01' });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['to'], message: 'End date must be on or after the start date (02/05/2024).' }),
    ]);
  });

  it('is satisfied by the same day, a later day, or a missing date', () => {
    for (const input of [
      { from: '2024-05-02', to: '2024-05-02' },
      { from: '2024-05-02', to: '2025-01-01' },
      { from: '2024-05-02', to: null },
      { to: '2000-01-01' },
    ]) {
      expect(range.safeParse(input).success).toBe(true);
    }
  });
});

describe('checkPersonOrOrganization', () => {
  const member = z
    .object({ personId: z.string().nullish(), organizationId: z.string().nullish() })
    .superRefine(checkPersonOrOrganization);

  it.each([
    [{ personId: 'per_1' }, true],
    [{ organizationId: 'org_1' }, true],
    [{ personId: 'per_1', organizationId: null }, true],
    [{ personId: 'per_1', organizationId: 'org_1' }, false],
    [{}, false],
    [{ personId: null, organizationId: null }, false],
  ])('%j → %s', (input, ok) => {
    const result = member.safeParse(input);
    expect(result.success).toBe(ok);
    if (!ok) expect(result.error?.issues[0]?.path).toEqual(['personId']);
  });
});

describe('checkUniqueNames', () => {
  const list = z.array(z.string()).superRefine((items, ctx) => checkUniqueNames(items, ctx, { path: 'tags', label: 'Tag' }));

  it('ignores case and surrounding space, and reports every later duplicate', () => {
    const result = list.safeParse(['Ski', 'Bake', ' ski', 'BAKE']);
    expect(result.error?.issues.map((i) => i.path)).toEqual([['tags', 2], ['tags', 3]]);
    expect(result.error?.issues[0]?.message).toBe('Tag "ski" is listed twice.');
  });

  it('treats Norwegian letters case-insensitively too', () => {
    expect(list.safeParse(['Sveising', 'Økonomi', 'økonomi']).success).toBe(false);
    expect(list.safeParse(['Sveising', 'Økonomi']).success).toBe(true);
  });
});
