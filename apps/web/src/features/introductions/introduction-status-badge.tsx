import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IntroductionStatus } from '@brobygger/domain';

/** One colour per status wherever an introduction's status is shown. */
export const INTRODUCTION_STATUS_COLORS: Record<IntroductionStatus, string> = {
  REQUESTED: 'yellow',
  ACCEPTED: 'teal',
  DECLINED: 'gray',
  EXPIRED: 'gray',
  WITHDRAWN: 'gray',
};

export function IntroductionStatusBadge({ status }: { status: IntroductionStatus }) {
  const { t } = useTranslation();
  return (
    // In a narrow table cell a badge would otherwise shrink to an ellipsis.
    <Badge color={INTRODUCTION_STATUS_COLORS[status]} variant="light" miw="max-content">
      {t(`employer.introductionStatus.${status}`)}
    </Badge>
  );
}
