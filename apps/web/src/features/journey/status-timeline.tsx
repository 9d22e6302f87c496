import { Anchor, Card, Text, Timeline } from '@mantine/core';
import { IconFlag } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, graphql, useFragment } from '../../gql';
import { formatDate } from '../../lib/format';

export const StatusTimeline_profile = graphql(`
  fragment StatusTimeline_profile on ParticipantProfile {
    statusHistory {
      id
      status
      changedOn
      note
      agreement {
        id
        title
      }
    }
  }
`);

/** The path to work so far, oldest first, the current status last and highlighted. */
export function StatusTimeline(props: { profile: FragmentType<typeof StatusTimeline_profile> }) {
  const { t, i18n } = useTranslation();
  const { statusHistory } = useFragment(StatusTimeline_profile, props.profile);
  return (
    <Card withBorder>
      <Text fw={600} mb="sm">
        {t('journey.history')}
      </Text>
      {statusHistory.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('journey.noHistory')}
        </Text>
      ) : (
        <Timeline active={statusHistory.length - 1} bulletSize={20} lineWidth={2} aria-label={t('journey.history')}>
          {statusHistory.map((s) => (
            <Timeline.Item key={s.id} title={t(`participantStatus.${s.status}`)} bullet={<IconFlag size={12} />}>
              <Text size="xs" c="dimmed">
                {formatDate(s.changedOn, i18n.language)}
              </Text>
              {s.note ? <Text size="sm">{s.note}</Text> : null}
              {s.agreement ? (
                <Anchor size="sm" component={Link} to={`/agreements/${s.agreement.id}`}>
                  {s.agreement.title}
                </Anchor>
              ) : null}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Card>
  );
}
