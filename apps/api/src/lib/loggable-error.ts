/**
 * What of an unexpected error may go to the log. A failed database query's message repeats its
 * parameters — a participant's words, an e-mail typed at login, an imported row — so for those
 * only the SQL (which holds placeholders, never values), the driver's error code and the
 * constraint are kept. Other errors keep their message.
 */
export function loggableError(error: unknown): Record<string, unknown> {
  const query = (error as { query?: unknown }).query;
  if (error instanceof Error && typeof query === 'string') {
    const cause = (error as { cause?: { code?: string | number; constraint?: unknown } }).cause;
    return {
      error: 'database query failed',
      query,
      ...(cause?.code !== undefined ? { code: String(cause.code) } : {}),
      ...(typeof cause?.constraint === 'string' ? { constraint: cause.constraint } : {}),
    };
  }
  return { error: String(error) };
}
