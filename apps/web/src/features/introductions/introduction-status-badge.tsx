import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IntroductionStatus } from '@brobygger/domain';

const COLORS: Record<IntroductionStatus, string> = {
  REQUESTED: 'yellow',
  ACCEPTED: 'teal',
  DECLINED: 'gray',
  EXPIRED: 'gray',
};

export function IntroductionStatusBadge({ status }: { status: IntroductionStatus }) {
  const { t } = useTranslation();
  return (
    // In a narrow table cell a badge would otherwise shrink to an ellipsis.
    <Badge color={COLORS[status]} variant="light" miw="max-content">
      {t(`employer.introductionStatus.${status}`)}
    </Badge>
  );
}
