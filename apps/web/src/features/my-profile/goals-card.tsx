import { ActionIcon, Button, Card, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GOAL_STATUSES, createGoalSchema, type GoalStatus } from '@brobygger/domain';
import { graphql } from '../../gql';
import { formatDate } from '../../lib/format';
import { validateWith } from '../../lib/schema-errors';
import { submitErrors } from '../../lib/submit-errors';
import { useProfileMutation } from './use-profile-mutation';

const AddGoal = graphql(`
  mutation GoalsCardAdd($personId: ID!, $input: GoalInput!) {
    addGoal(personId: $personId, input: $input) {
      id
    }
  }
`);
const UpdateGoal = graphql(`
  mutation GoalsCardUpdate($id: ID!, $input: GoalInput!) {
    updateGoal(id: $id, input: $input) {
      id
      text
      status
      targetDate
    }
  }
`);
const DeleteGoal = graphql(`
  mutation GoalsCardDelete($id: ID!) {
    deleteGoal(id: $id)
  }
`);

interface Goal {
  id: string;
  text: string;
  status: GoalStatus;
  targetDate?: string | null;
}

interface GoalValues {
  text: string;
  status: GoalStatus;
  targetDate: string;
}

function GoalForm(props: {
  initial: GoalValues;
  submitLabel: string;
  onSubmit: (input: { text: string; status: GoalStatus; targetDate: string | null }) => Promise<Record<string, string>>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<GoalValues>({ initialValues: props.initial });
  const submit = form.onSubmit(async (values) => {
    const checked = validateWith(createGoalSchema, values);
    if ('errors' in checked) {
      form.setErrors(checked.errors);
      return;
    }
    const errors = await props.onSubmit({
      text: checked.data.text,
      status: checked.data.status ?? values.status,
      targetDate: checked.data.targetDate ?? null,
    });
    form.setErrors(errors);
    if (Object.keys(errors).length === 0 && !props.onCancel) form.reset();
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="xs">
        <TextInput aria-label={t('me.goals.text')} placeholder={t('me.goals.text')} {...form.getInputProps('text')} />
        <Group gap="xs" align="flex-start">
          <Select
            aria-label={t('me.goals.status')}
            allowDeselect={false}
            data={GOAL_STATUSES.map((s) => ({ value: s, label: t(`goalStatus.${s}`) }))}
            {...form.getInputProps('status')}
            w={150}
          />
          <TextInput type="date" aria-label={t('me.goals.targetDate')} title={t('me.goals.targetDate')} {...form.getInputProps('targetDate')} w={160} />
          <Button type="submit" loading={form.submitting}>
            {props.submitLabel}
          </Button>
          {props.onCancel ? (
            <Button variant="default" onClick={props.onCancel}>
              {t('actions.cancel')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}

/** The participant's goals: add, change (text, status, target date) and remove them. */
export function GoalsCard({ personId, goals }: { personId: string; goals: readonly Goal[] }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const [add] = useProfileMutation(AddGoal);
  const [update] = useProfileMutation(UpdateGoal);
  const [remove] = useProfileMutation(DeleteGoal);
  const save = async (run: () => Promise<unknown>, done?: string) => {
    try {
      await run();
      if (done) notifications.show({ color: 'teal', message: done });
      return {};
    } catch (error) {
      return submitErrors(error, t('me.saveFailed'));
    }
  };
  return (
    <Card withBorder>
      <Text fw={600} mb="xs" component="h2">
        {t('me.goals.title')}
      </Text>
      <Stack gap="sm">
        {goals.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('me.goals.none')}
          </Text>
        ) : null}
        {goals.map((goal) =>
          editing === goal.id ? (
            <GoalForm
              key={goal.id}
              initial={{ text: goal.text, status: goal.status, targetDate: goal.targetDate ?? '' }}
              submitLabel={t('actions.save')}
              onCancel={() => setEditing(null)}
              onSubmit={async (input) => {
                const errors = await save(() => update({ variables: { id: goal.id, input } }));
                if (Object.keys(errors).length === 0) setEditing(null);
                return errors;
              }}
            />
          ) : (
            <Group key={goal.id} justify="space-between" wrap="nowrap" align="flex-start">
              <div>
                <Text size="sm">{goal.text}</Text>
                <Text size="xs" c="dimmed">
                  {[t(`goalStatus.${goal.status}`), goal.targetDate ? formatDate(goal.targetDate, i18n.language) : null]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </div>
              <Group gap={4} wrap="nowrap">
                <ActionIcon variant="subtle" aria-label={t('me.editNamed', { name: goal.text })} onClick={() => setEditing(goal.id)}>
                  <IconPencil size={16} />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('me.removeNamed', { name: goal.text })}
                  onClick={() => void save(() => remove({ variables: { id: goal.id } }))}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            </Group>
          ),
        )}
        <GoalForm
          initial={{ text: '', status: 'OPEN', targetDate: '' }}
          submitLabel={t('me.add')}
          onSubmit={(input) => save(() => add({ variables: { personId, input } }), t('me.goals.added'))}
        />
      </Stack>
    </Card>
  );
}
