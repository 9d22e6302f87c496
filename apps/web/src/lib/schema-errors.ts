import { validationErrorMap } from '@brobygger/domain';

/** The part of a zod schema the forms use; keeps the web app free of a direct zod import. */
export interface SafeParser<T> {
  safeParse(
    value: unknown,
    params?: { error?: typeof validationErrorMap },
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

/**
 * Validates form values with the domain's zod schema — the same one the API runs — and
 * returns either the parsed input or messages keyed by field path (`parties.1.role`), the
 * same keys the API puts in `extensions.field`. Messages are in the validation language,
 * which follows the UI language; issues the schema did not word get the domain's fallback
 * wording rather than zod's English default.
 */
export function validateWith<T>(schema: SafeParser<T>, values: unknown): { data: T } | { errors: Record<string, string> } {
  const result = schema.safeParse(values, { error: validationErrorMap });
  if (result.success) return { data: result.data };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join('.');
    if (!(key in errors)) errors[key] = issue.message;
  }
  return { errors };
}
