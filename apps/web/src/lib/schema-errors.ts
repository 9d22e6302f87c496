/** The part of a zod schema the forms use; keeps the web app free of a direct zod import. */
export interface SafeParser<T> {
  safeParse(value: unknown):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

/**
 * Validates form values with the domain's zod schema — the same one the API runs — and
 * returns either the parsed input or messages keyed by field path (`parties.1.role`), the
 * same keys the API puts in `extensions.field`.
 */
export function validateWith<T>(schema: SafeParser<T>, values: unknown): { data: T } | { errors: Record<string, string> } {
  const result = schema.safeParse(values);
  if (result.success) return { data: result.data };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join('.');
    if (!(key in errors)) errors[key] = issue.message;
  }
  return { errors };
}
