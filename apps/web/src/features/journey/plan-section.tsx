import { Checkbox, Group, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createPlanStepSchema } from '@brobygger/domain';
import { type FragmentType, graphql, useFragment } from '../../gql';
import { formatDate } from '../../lib/format';
import { submitErrors } from '../../lib/submit-errors';
import { EditableListCard } from '../editable-list/editable-list-card';
import { ListItemForm } from '../editable-list/list-item-form';
import { useJourney, useJourneyMutation } from './journey-context';
import { shortName } from './short-name';
import { DateField } from '../pickers/date-field';

export const PlanSection_profile = graphql(`
  fragment PlanSection_profile on ParticipantProfile {
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
    goals {
      id
      text
    }
  }
`);

const AddStep = graphql(`
  mutation PlanSectionAdd($personId: ID!, $input: PlanStepInput!) {
    addPlanStep(personId: $personId, input: $input) {
      id
    }
  }
`);
const UpdateStep = graphql(`
  mutation PlanSectionUpdate($id: ID!, $input: PlanStepInput!) {
    updatePlanStep(id: $id, input: $input) {
      id
      text
      dueDate
      done
      doneAt
    }
  }
`);
const DeleteStep = graphql(`
  mutation PlanSectionDelete($id: ID!) {
    deletePlanStep(id: $id)
  }
`);
const ReorderSteps = graphql(`
  mutation PlanSectionReorder($personId: ID!, $ids: [ID!]!) {
    reorderPlanSteps(personId: $personId, ids: $ids) {
      id
    }
  }
`);

/**
 * The plan: steps in order, each ticked off in place, with a due date and the goal it serves.
 * The coordinator and the participant (on /me) both keep it.
 */
export function PlanSection(props: { profile: FragmentType<typeof PlanSection_profile> }) {
  const { t, i18n } = useTranslation();
  const { personId, editable } = useJourney();
  const { planSteps, goals } = useFragment(PlanSection_profile, props.profile);
  const add = useJourneyMutation(AddStep);
  const update = useJourneyMutation(UpdateStep);
  const remove = useJourneyMutation(DeleteStep);
  const reorder = useJourneyMutation(ReorderSteps);
  // The tick shows at once; it goes back if the server refuses it.
  const [ticked, setTicked] = useState<{ id: string; done: boolean } | null>(null);
  const goalOptions = goals.map((g) => ({ value: g.id, label: shortName(g.text) }));
  const tick = async (id: string, done: boolean) => {
    setTicked({ id, done });
    try {
      await update({ variables: { id, input: { done } } });
    } catch (error) {
      submitErrors(error, t('journey.tickFailed'));
    } finally {
      setTicked(null);
    }
  };
  return (
    <EditableListCard
      editable={editable}
      title={t('journey.plan')}
      emptyText={t('journey.noPlan')}
      addLabel={t('journey.step.add')}
      items={planSteps}
      nameOf={(step) => shortName(step.text)}
      renderItem={(step) => (
        <Checkbox
          checked={ticked?.id === step.id ? ticked.done : step.done}
          disabled={ticked !== null && ticked.id === step.id}
          onChange={(e) => void tick(step.id, e.currentTarget.checked)}
          label={step.text}
          styles={{ label: { textDecoration: step.done ? 'line-through' : undefined } }}
          description={
            [
              step.dueDate
                ? t('journey.due', { date: formatDate(step.dueDate, i18n.language) })
                : null,
              step.done && step.doneAt
                ? t('journey.step.doneOn', { date: formatDate(step.doneAt, i18n.language) })
                : null,
              step.goal ? t('journey.forGoal', { goal: shortName(step.goal.text) }) : null,
            ]
              .filter(Boolean)
              .join(' · ') || undefined
          }
        />
      )}
      renderForm={({ item, onSaved, onCancel }) => (
        <ListItemForm
          label={
            item ? t('editableList.edit', { name: shortName(item.text) }) : t('journey.step.add')
          }
          schema={createPlanStepSchema}
          initialValues={{
            text: item?.text ?? '',
            dueDate: item?.dueDate ?? '',
            goalId: item?.goal?.id ?? '',
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
                label={t('journey.step.text')}
                data-autofocus
                autoFocus
                {...form.getInputProps('text')}
              />
              <Group gap="xs" align="flex-start" wrap="wrap">
                <DateField
                  label={t('journey.step.dueDate')}
                  {...form.getInputProps('dueDate')}
                  w={170}
                />
                <Select
                  label={t('journey.step.goal')}
                  placeholder={t('journey.step.noGoal')}
                  clearable
                  data={goalOptions}
                  {...form.getInputProps('goalId')}
                  value={form.values.goalId || null}
                  onChange={(value: string | null) => form.setFieldValue('goalId', value ?? '')}
                  style={{ flex: '1 1 12rem' }}
                />
              </Group>
            </>
          )}
        </ListItemForm>
      )}
      onRemove={(step) => remove({ variables: { id: step.id } })}
      onReorder={(ids) => reorder({ variables: { personId, ids } })}
    />
  );
}
