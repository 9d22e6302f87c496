import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';

/**
 * Why confirming or dismissing a report failed, worded from the API's `extensions.code`,
 * `field` and `params` (DESIGN.md, "Errors and words"): the web never shows the API's English.
 */
export function jobReportErrorText(error: unknown, t: TFunction): string {
  const first = CombinedGraphQLErrors.is(error) ? error.errors[0] : undefined;
  const extensions = first?.extensions ?? {};
  const code = extensions['code'];
  if (code === 'NOT_FOUND') return t('coordination.jobReports.errors.notFound');
  if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED')
    return t('coordination.jobReports.errors.forbidden');
  if (code === 'BAD_USER_INPUT') {
    if (extensions['field'] === 'status') return t('coordination.jobReports.errors.status');
    const params = extensions['params'];
    const state =
      typeof params === 'object' && params !== null
        ? (params as Record<string, unknown>)['state']
        : undefined;
    if (state === 'CONFIRMED' || state === 'DISMISSED') {
      return t('coordination.jobReports.errors.decided', {
        state: t(`coordination.jobReports.state.${state}`),
      });
    }
  }
  return t('coordination.jobReports.errors.other');
}
