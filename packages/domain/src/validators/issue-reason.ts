import type { z } from 'zod';

/**
 * Why an input was refused, as a code a client words in its own language (the web's
 * catalogue), with the values that wording needs: `{ reason: 'TOO_LONG', params: { max: 200 } }`.
 */
export interface IssueReason {
  readonly reason: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/**
 * The reason of a zod issue: a check that named one (`params.reason`, e.g. CONTROL_CHARACTER,
 * GUESSABLE) or a text length; other issues have none and keep only their message.
 */
export function issueReason(issue: z.core.$ZodIssue): IssueReason | undefined {
  if (issue.code === 'custom' && typeof issue.params?.reason === 'string') {
    const { reason, ...params } = issue.params as Record<string, string | number>;
    return Object.keys(params).length ? { reason: String(reason), params } : { reason: String(reason) };
  }
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return { reason: 'TOO_LONG', params: { max: Number(issue.maximum) } };
  }
  if (issue.code === 'too_small' && issue.origin === 'string') {
    const min = Number(issue.minimum);
    return min === 1 ? { reason: 'EMPTY' } : { reason: 'TOO_SHORT', params: { min } };
  }
  return undefined;
}
