import { Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { createDreamSchema } from '@brobygger/domain';
import { type FragmentType, graphql, useFragment } from '../../gql';
import { EditableListCard } from '../editable-list/editable-list-card';
import { ListItemForm } from '../editable-list/list-item-form';
import { useJourney, useJourneyMutation } from './journey-context';
import { shortName } from './short-name';

export const DreamsSection_profile = graphql(`
  fragment DreamsSection_profile on ParticipantProfile {
    dreamList {
      id
      text
    }
  }
`);

const AddDream = graphql(`
  mutation DreamsSectionAdd($personId: ID!, $input: DreamInput!) {
    addDream(personId: $personId, input: $input) {
      id
    }
  }
`);
const UpdateDream = graphql(`
  mutation DreamsSectionUpdate($id: ID!, $input: DreamInput!) {
    updateDream(id: $id, input: $input) {
      id
      text
    }
  }
`);
const DeleteDream = graphql(`
  mutation DreamsSectionDelete($id: ID!) {
    deleteDream(id: $id)
  }
`);
const ReorderDreams = graphql(`
  mutation DreamsSectionReorder($personId: ID!, $ids: [ID!]!) {
    reorderDreams(personId: $personId, ids: $ids) {
      id
    }
  }
`);

/** The participant's dreams, each in their own words: add, change, order and remove them. */
export function DreamsSection(props: { profile: FragmentType<typeof DreamsSection_profile> }) {
  const { t } = useTranslation();
  const { personId, editable } = useJourney();
  const { dreamList } = useFragment(DreamsSection_profile, props.profile);
  const add = useJourneyMutation(AddDream);
  const update = useJourneyMutation(UpdateDream);
  const remove = useJourneyMutation(DeleteDream);
  const reorder = useJourneyMutation(ReorderDreams);
  return (
    <EditableListCard
      editable={editable}
      title={t('journey.dreams')}
      emptyText={t('journey.noDreams')}
      addLabel={t('journey.dream.add')}
      items={dreamList}
      nameOf={(dream) => shortName(dream.text)}
      renderItem={(dream) => (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {dream.text}
        </Text>
      )}
      renderForm={({ item, onSaved, onCancel }) => (
        <ListItemForm
          label={
            item ? t('editableList.edit', { name: shortName(item.text) }) : t('journey.dream.add')
          }
          schema={createDreamSchema}
          initialValues={{ text: item?.text ?? '' }}
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
            <Textarea
              label={t('journey.dream.text')}
              autosize
              minRows={2}
              maxRows={8}
              data-autofocus
              autoFocus
              {...form.getInputProps('text')}
            />
          )}
        </ListItemForm>
      )}
      onRemove={(dream) => remove({ variables: { id: dream.id } })}
      onReorder={(ids) => reorder({ variables: { personId, ids } })}
    />
  );
}
