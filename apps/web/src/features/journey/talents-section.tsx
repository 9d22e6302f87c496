import { Badge, Group, Select, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TALENT_LEVELS, createTalentSchema } from '@brobygger/domain';
import { type FragmentType, graphql, useFragment } from '../../gql';
import { EditableListCard } from '../editable-list/editable-list-card';
import { ListItemForm } from '../editable-list/list-item-form';
import { useJourney, useJourneyMutation } from './journey-context';

export const TalentsSection_profile = graphql(`
  fragment TalentsSection_profile on ParticipantProfile {
    talents {
      id
      name
      level
    }
  }
`);

const AddTalent = graphql(`
  mutation TalentsSectionAdd($personId: ID!, $input: TalentInput!) {
    addTalent(personId: $personId, input: $input) {
      id
    }
  }
`);
const UpdateTalent = graphql(`
  mutation TalentsSectionUpdate($id: ID!, $input: TalentInput!) {
    updateTalent(id: $id, input: $input) {
      id
      name
      level
    }
  }
`);
const DeleteTalent = graphql(`
  mutation TalentsSectionDelete($id: ID!) {
    deleteTalent(id: $id)
  }
`);
const ReorderTalents = graphql(`
  mutation TalentsSectionReorder($personId: ID!, $ids: [ID!]!) {
    reorderTalents(personId: $personId, ids: $ids) {
      id
    }
  }
`);

/** The participant's talents, each with a level: add, change, order and remove them. */
export function TalentsSection(props: { profile: FragmentType<typeof TalentsSection_profile> }) {
  const { t } = useTranslation();
  const { personId, editable } = useJourney();
  const { talents } = useFragment(TalentsSection_profile, props.profile);
  const add = useJourneyMutation(AddTalent);
  const update = useJourneyMutation(UpdateTalent);
  const remove = useJourneyMutation(DeleteTalent);
  const reorder = useJourneyMutation(ReorderTalents);
  return (
    <EditableListCard
      editable={editable}
      title={t('journey.talents')}
      emptyText={t('journey.noTalents')}
      addLabel={t('journey.talent.add')}
      items={talents}
      nameOf={(talent) => talent.name}
      renderItem={(talent) => (
        <Group gap="xs">
          <Text size="sm">{talent.name}</Text>
          <Badge variant="light" color="grape" size="sm">
            {t(`talentLevel.${talent.level}`)}
          </Badge>
        </Group>
      )}
      renderForm={({ item, onSaved, onCancel }) => (
        <ListItemForm
          label={item ? t('editableList.edit', { name: item.name }) : t('journey.talent.add')}
          schema={createTalentSchema}
          initialValues={{ name: item?.name ?? '', level: item?.level ?? 'SKILLED' }}
          submitLabel={item ? t('editableList.save') : t('editableList.add')}
          onCancel={onCancel}
          onSubmit={async (input) => {
            await (item
              ? update({ variables: { id: item.id, input } })
              : add({ variables: { personId, input } }));
            onSaved(input.name);
          }}
        >
          {(form) => (
            <Group align="flex-start" gap="xs" wrap="wrap">
              <TextInput
                label={t('journey.talent.name')}
                data-autofocus
                autoFocus
                {...form.getInputProps('name')}
                style={{ flex: '1 1 12rem' }}
              />
              <Select
                label={t('journey.talent.level')}
                allowDeselect={false}
                data={TALENT_LEVELS.map((level) => ({
                  value: level,
                  label: t(`talentLevel.${level}`),
                }))}
                {...form.getInputProps('level')}
                w={150}
              />
            </Group>
          )}
        </ListItemForm>
      )}
      onRemove={(talent) => remove({ variables: { id: talent.id } })}
      onReorder={(ids) => reorder({ variables: { personId, ids } })}
    />
  );
}
