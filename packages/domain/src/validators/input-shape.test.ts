import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { clearableFields, optionalFields } from './input-shape';

describe('optionalFields and clearableFields', () => {
  const schema = z.object({
    ...optionalFields({ name: z.string() }),
    ...clearableFields({ note: z.string() }),
  });

  it('lets every field be left out', () => {
    expect(schema.parse({})).toEqual({});
  });

  it('lets a clearable field be null but not an optional one', () => {
    expect(schema.parse({ note: null })).toEqual({ note: null });
    expect(schema.safeParse({ name: null }).success).toBe(false);
  });

  it('keeps the inner rules', () => {
    expect(schema.safeParse({ note: 3 }).success).toBe(false);
    expect(schema.parse({ name: 'a', note: 'b' })).toEqual({ name: 'a', note: 'b' });
  });
});
