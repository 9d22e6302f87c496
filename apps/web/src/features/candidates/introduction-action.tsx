import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IntroductionStatus } from '@brobygger/domain';
import { IntroductionStatusBadge } from '../introductions/introduction-status-badge';

/**
 * Whether the employer may ask to meet this candidate: once per candidate, unless the earlier
 * request expired unanswered (the API holds the same rule).
 */
export function mayRequestIntroduction(status: IntroductionStatus | null | undefined): boolean {
  return !status || status === 'EXPIRED';
}

/** The request button on a candidate, or where the organisation's earlier request stands. */
export function IntroductionAction(props: {
  status: IntroductionStatus | null | undefined;
  compact?: boolean;
  onRequest: () => void;
}) {
  const { t } = useTranslation();
  if (mayRequestIntroduction(props.status)) {
    return (
      <Button size={props.compact ? 'compact-sm' : 'xs'} onClick={props.onRequest}>
        {props.status === 'EXPIRED' ? t('employer.candidates.requestAgain') : t('employer.candidates.requestIntroduction')}
      </Button>
    );
  }
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="xs" c="dimmed">
        {t('employer.candidates.introduction')}
      </Text>
      <IntroductionStatusBadge status={props.status!} />
    </Group>
  );
}
