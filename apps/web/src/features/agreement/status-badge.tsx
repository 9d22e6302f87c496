import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementStatus } from '@brobygger/domain';

const COLORS: Record<AgreementStatus, string> = {
  DRAFT: 'gray',
  PROPOSED: 'yellow',
  ACTIVE: 'teal',
  COMPLETED: 'blue',
  TERMINATED: 'red',
};

export function StatusBadge({ status }: { status: AgreementStatus }) {
  const { t } = useTranslation();
  return <Badge color={COLORS[status]}>{t(`agreementStatus.${status}`)}</Badge>;
}
