import { Anchor, Button, Card, Group, Text, Timeline, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFlag, IconPlus } from '@tabler/icons-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, graphql, useFragment } from '../../gql';
import { formatDate } from '../../lib/format';
import { useJourney } from './journey-context';
import { StatusChangeForm } from './status-change-form';

export const StatusTimeline_profile = graphql(`
  fragment StatusTimeline_profile on ParticipantProfile {
    status
    statusHistory {
      id
      status
      changedOn
      reason
      note
      agreement {
        id
        title
      }
    }
  }
`);

/**
 * The path to work so far, oldest first, the current status last and highlighted; a coordinator
 * records the next change from the button beside the heading.
 */
export function StatusTimeline(props: { profile: FragmentType<typeof StatusTimeline_profile> }) {
  const { t, i18n } = useTranslation();
  const { coordinator } = useJourney();
  const { status, statusHistory } = useFragment(StatusTimeline_profile, props.profile);
  const [recording, setRecording] = useState(false);
  const headingId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setRecording(false);
    requestAnimationFrame(() => button.current?.focus());
  };
  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} size="h4" id={headingId}>
          {t('journey.history')}
        </Title>
        {coordinator ? (
          <Button
            ref={button}
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() => setRecording(true)}
            disabled={recording}
          >
            {t('journey.statusChange.record')}
          </Button>
        ) : null}
      </Group>
      {recording ? (
        <Card withBorder bg="var(--mantine-color-body)" mb="sm" p="sm">
          <StatusChangeForm
            current={status}
            onCancel={close}
            onSaved={() => {
              notifications.show({ color: 'teal', message: t('journey.statusChange.recorded') });
              close();
            }}
          />
        </Card>
      ) : null}
      {statusHistory.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('journey.noHistory')}
        </Text>
      ) : (
        <Timeline
          active={statusHistory.length - 1}
          bulletSize={20}
          lineWidth={2}
          aria-label={t('journey.history')}
        >
          {statusHistory.map((s) => (
            <Timeline.Item
              key={s.id}
              title={t(`participantStatus.${s.status}`)}
              bullet={<IconFlag size={12} />}
            >
              <Text size="xs" c="dimmed">
                {[
                  formatDate(s.changedOn, i18n.language),
                  s.reason ? t(`statusChangeReason.${s.reason}`) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
              {/* A word longer than the card (a pasted link) breaks inside it. */}
              {s.note ? (
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {s.note}
                </Text>
              ) : null}
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
