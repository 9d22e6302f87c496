import type { z } from 'zod';
import { validateInput } from '@brobygger/domain';
import { badInput } from './errors';

/**
 * Parses input with a shared zod schema from @brobygger/domain (the same the web forms use);
 * the first problem becomes a BAD_USER_INPUT error naming the field (`orgNumber`,
 * `parties.1.role`), prefixed when the input sits under another argument.
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown, prefix?: string): z.output<S> {
  const result = validateInput(schema, input);
  if (result.ok) return result.value;
  const field = [prefix, result.field].filter(Boolean).join('.') || 'input';
  throw badInput(field, result.message, result);
}
