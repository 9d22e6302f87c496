import { useMutation } from '@apollo/client/react';
import { Card, Checkbox, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { type FragmentType, graphql, useFragment } from '../../gql';
import { formatDate } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-error';

export const PlanSteps_profile = graphql(`
  fragment PlanSteps_profile on ParticipantProfile {
    planSteps {
      id
      text
      dueDate
      done
      doneAt
      goal {
        id
        text
      }
    }
  }
`);

const TickMutation = graphql(`
  mutation PlanStepsTick($id: ID!, $done: Boolean!) {
    updatePlanStep(id: $id, input: { done: $done }) {
      id
      done
      doneAt
    }
  }
`);

/** The plan, each step ticked off in place. */
export function PlanSteps(props: { profile: FragmentType<typeof PlanSteps_profile> }) {
  const { t, i18n } = useTranslation();
  const { planSteps } = useFragment(PlanSteps_profile, props.profile);
  const [tick] = useMutation(TickMutation, {
    onError: (error) => notifications.show({ color: 'red', title: t('journey.tickFailed'), message: errorMessage(error) }),
  });
  return (
    <Card withBorder>
      <Text fw={600} mb="xs">
        {t('journey.plan')}
      </Text>
      {planSteps.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('journey.noPlan')}
        </Text>
      ) : (
        <Stack gap="xs">
          {planSteps.map((s) => (
            <Checkbox
              key={s.id}
              checked={s.done}
              onChange={(e) =>
                void tick({ variables: { id: s.id, done: e.currentTarget.checked } })
              }
              label={
                <Text size="sm" td={s.done ? 'line-through' : undefined}>
                  {s.text}
                </Text>
              }
              description={[
                s.dueDate ? t('journey.due', { date: formatDate(s.dueDate, i18n.language) }) : null,
                s.goal ? t('journey.forGoal', { goal: s.goal.text }) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            />
          ))}
        </Stack>
      )}
    </Card>
  );
}
