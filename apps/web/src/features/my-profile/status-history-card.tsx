import { Card, Text, Timeline } from '@mantine/core';
import { IconFlag } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ParticipantStatus } from '@brobygger/domain';
import { formatDate } from '../../lib/format';

interface StatusChange {
  id: string;
  status: ParticipantStatus;
  changedOn: string;
  note?: string | null;
}

/** The participant's path to work so far, read-only: the coordinator records each change. */
export function StatusHistoryCard({ history }: { history: readonly StatusChange[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Card withBorder>
      <Text fw={600} mb="sm" component="h2">
        {t('me.history.title')}
      </Text>
      {history.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('me.history.none')}
        </Text>
      ) : (
        <Timeline active={history.length - 1} bulletSize={20} lineWidth={2} aria-label={t('me.history.title')}>
          {history.map((s) => (
            <Timeline.Item key={s.id} title={t(`participantStatus.${s.status}`)} bullet={<IconFlag size={12} />}>
              <Text size="xs" c="dimmed">
                {formatDate(s.changedOn, i18n.language)}
              </Text>
              {s.note ? <Text size="sm">{s.note}</Text> : null}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Card>
  );
}
