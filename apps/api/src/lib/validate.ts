import type { z } from 'zod';
import { badInput } from './errors';

/**
 * Parses input with a shared zod schema from @brobygger/domain; the first problem becomes a
 * BAD_USER_INPUT error naming the field (`orgNumber`, `parties.1.role`).
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown, prefix?: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  const field = [prefix, path].filter(Boolean).join('.') || (prefix ?? 'input');
  throw badInput(field, issue?.message ?? 'Invalid input.');
}
