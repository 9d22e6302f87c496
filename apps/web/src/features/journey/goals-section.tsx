import { Badge, Group, Select, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { GOAL_STATUSES, createGoalSchema, type GoalStatus } from '@brobygger/domain';
import { type FragmentType, graphql, useFragment } from '../../gql';
import { formatDate } from '../../lib/format';
import { EditableListCard } from '../editable-list/editable-list-card';
import { ListItemForm } from '../editable-list/list-item-form';
import { useJourney, useJourneyMutation } from './journey-context';
import { shortName } from './short-name';
import { DateField } from '../pickers/date-field';

export const GoalsSection_profile = graphql(`
  fragment GoalsSection_profile on ParticipantProfile {
    goals {
      id
      text
      status
      targetDate
    }
  }
`);

const AddGoal = graphql(`
  mutation GoalsSectionAdd($personId: ID!, $input: GoalInput!) {
    addGoal(personId: $personId, input: $input) {
      id
    }
  }
`);
const UpdateGoal = graphql(`
  mutation GoalsSectionUpdate($id: ID!, $input: GoalInput!) {
    updateGoal(id: $id, input: $input) {
      id
      text
      status
      targetDate
    }
  }
`);
const DeleteGoal = graphql(`
  mutation GoalsSectionDelete($id: ID!) {
    deleteGoal(id: $id)
  }
`);
const ReorderGoals = graphql(`
  mutation GoalsSectionReorder($personId: ID!, $ids: [ID!]!) {
    reorderGoals(personId: $personId, ids: $ids) {
      id
    }
  }
`);

const STATUS_COLOR: Record<GoalStatus, string> = {
  OPEN: 'gray',
  IN_PROGRESS: 'blue',
  ACHIEVED: 'teal',
  DROPPED: 'red',
};

/** The participant's goals with status and target date: add, change, order and remove them. */
export function GoalsSection(props: { profile: FragmentType<typeof GoalsSection_profile> }) {
  const { t, i18n } = useTranslation();
  const { personId, editable } = useJourney();
  const { goals } = useFragment(GoalsSection_profile, props.profile);
  const add = useJourneyMutation(AddGoal);
  const update = useJourneyMutation(UpdateGoal);
  const remove = useJourneyMutation(DeleteGoal);
  const reorder = useJourneyMutation(ReorderGoals);
  return (
    <EditableListCard
      editable={editable}
      title={t('journey.goals')}
      emptyText={t('journey.noGoals')}
      addLabel={t('journey.goal.add')}
      items={goals}
      nameOf={(goal) => shortName(goal.text)}
      renderItem={(goal) => (
        <div>
          <Text size="sm">{goal.text}</Text>
          <Group gap={6} mt={2}>
            <Badge size="xs" variant="light" color={STATUS_COLOR[goal.status]}>
              {t(`goalStatus.${goal.status}`)}
            </Badge>
            {goal.targetDate ? (
              <Text span size="xs" c="dimmed">
                {t('journey.goal.by', { date: formatDate(goal.targetDate, i18n.language) })}
              </Text>
            ) : null}
          </Group>
        </div>
      )}
      renderForm={({ item, onSaved, onCancel }) => (
        <ListItemForm
          label={
            item ? t('editableList.edit', { name: shortName(item.text) }) : t('journey.goal.add')
          }
          schema={createGoalSchema}
          initialValues={{
            text: item?.text ?? '',
            status: item?.status ?? 'OPEN',
            targetDate: item?.targetDate ?? '',
          }}
          submitLabel={item ? t('editableList.save') : t('editableList.add')}
          onCancel={onCancel}
          onSubmit={async (input) => {
            await (item
              ? update({ variables: { id: item.id, input } })
              : add({ variables: { personId, input } }));
            onSaved(shortName(input.text));
          }}
        >
          {(form) => (
            <>
              <TextInput
                label={t('journey.goal.text')}
                data-autofocus
                autoFocus
                {...form.getInputProps('text')}
              />
              <Group gap="xs" align="flex-start" wrap="wrap">
                <Select
                  label={t('journey.goal.status')}
                  allowDeselect={false}
                  data={GOAL_STATUSES.map((s) => ({ value: s, label: t(`goalStatus.${s}`) }))}
                  {...form.getInputProps('status')}
                  w={160}
                />
                <DateField
                  label={t('journey.goal.targetDate')}
                  {...form.getInputProps('targetDate')}
                  w={170}
                />
              </Group>
            </>
          )}
        </ListItemForm>
      )}
      onRemove={(goal) => remove({ variables: { id: goal.id } })}
      onReorder={(ids) => reorder({ variables: { personId, ids } })}
    />
  );
}
