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
  // miw keeps a narrow table column from cutting the word ("Foreslått") short.
  return (
    <Badge color={COLORS[status]} miw="max-content">
      {t(`agreementStatus.${status}`)}
    </Badge>
  );
}
