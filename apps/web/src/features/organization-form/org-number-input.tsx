import { TextInput } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { explainOrgNumber, normalizeOrgNumber } from '@brobygger/domain';

/**
 * The organisation number, checked as it is typed with the same MOD11 rule the API uses.
 * A half-typed number is only flagged once it is long enough to judge, so typing is calm.
 */
export function OrgNumberInput({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error: string | null | undefined;
}) {
  const { t } = useTranslation();
  const digits = normalizeOrgNumber(value);
  const problem = digits === '' ? null : explainOrgNumber(value);
  const judged = problem === 'digits' || digits.length >= 9;
  const liveError = judged && problem ? t(`organization.orgNumberProblem.${problem}`) : null;
  const valid = digits !== '' && problem === null;
  return (
    <TextInput
      label={t('fields.orgNumber')}
      description={t('organization.orgNumberHelp')}
      inputMode="numeric"
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error ?? liveError}
      rightSection={valid ? <IconCircleCheck size={18} color="var(--mantine-color-teal-6)" aria-label={t('organization.orgNumberValid')} /> : null}
    />
  );
}
