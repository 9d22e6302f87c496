import { ActionIcon, Badge, Button, Card, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TALENT_LEVELS, createTalentSchema, type TalentLevel } from '@brobygger/domain';
import { graphql } from '../../gql';
import { validateWith } from '../../lib/schema-errors';
import { submitErrors } from '../../lib/submit-errors';
import { useProfileMutation } from './use-profile-mutation';

const AddTalent = graphql(`
  mutation TalentsCardAdd($personId: ID!, $input: TalentInput!) {
    addTalent(personId: $personId, input: $input) {
      id
    }
  }
`);
const UpdateTalent = graphql(`
  mutation TalentsCardUpdate($id: ID!, $input: TalentInput!) {
    updateTalent(id: $id, input: $input) {
      id
      name
      level
    }
  }
`);
const DeleteTalent = graphql(`
  mutation TalentsCardDelete($id: ID!) {
    deleteTalent(id: $id)
  }
`);

interface Talent {
  id: string;
  name: string;
  level: TalentLevel;
}

interface TalentValues {
  name: string;
  level: TalentLevel;
}

/** Name and level of one talent, for adding a new one or changing one in place. */
function TalentForm(props: {
  initial: TalentValues;
  submitLabel: string;
  onSubmit: (input: TalentValues) => Promise<Record<string, string>>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<TalentValues>({ initialValues: props.initial });
  const submit = form.onSubmit(async (values) => {
    const checked = validateWith(createTalentSchema, values);
    if ('errors' in checked) {
      form.setErrors(checked.errors);
      return;
    }
    const errors = await props.onSubmit({ name: checked.data.name, level: checked.data.level ?? values.level });
    form.setErrors(errors);
    if (Object.keys(errors).length === 0 && !props.onCancel) form.reset();
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Group align="flex-start" gap="xs">
        <TextInput aria-label={t('me.talents.name')} placeholder={t('me.talents.name')} {...form.getInputProps('name')} flex={1} />
        <Select
          aria-label={t('me.talents.level')}
          allowDeselect={false}
          data={TALENT_LEVELS.map((l) => ({ value: l, label: t(`talentLevel.${l}`) }))}
          {...form.getInputProps('level')}
          w={150}
        />
        <Button type="submit" loading={form.submitting}>
          {props.submitLabel}
        </Button>
        {props.onCancel ? (
          <Button variant="default" onClick={props.onCancel}>
            {t('actions.cancel')}
          </Button>
        ) : null}
      </Group>
    </form>
  );
}

/** The participant's talents: add, change and remove them. */
export function TalentsCard({ personId, talents }: { personId: string; talents: readonly Talent[] }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const [add] = useProfileMutation(AddTalent);
  const [update] = useProfileMutation(UpdateTalent);
  const [remove] = useProfileMutation(DeleteTalent);
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
        {t('me.talents.title')}
      </Text>
      <Stack gap="xs">
        {talents.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('me.talents.none')}
          </Text>
        ) : null}
        {talents.map((talent) =>
          editing === talent.id ? (
            <TalentForm
              key={talent.id}
              initial={{ name: talent.name, level: talent.level }}
              submitLabel={t('actions.save')}
              onCancel={() => setEditing(null)}
              onSubmit={async (input) => {
                const errors = await save(() => update({ variables: { id: talent.id, input } }));
                if (Object.keys(errors).length === 0) setEditing(null);
                return errors;
              }}
            />
          ) : (
            <Group key={talent.id} justify="space-between" wrap="nowrap">
              <Group gap="xs">
                <Text size="sm">{talent.name}</Text>
                <Badge variant="light" color="grape">
                  {t(`talentLevel.${talent.level}`)}
                </Badge>
              </Group>
              <Group gap={4}>
                <ActionIcon variant="subtle" aria-label={t('me.editNamed', { name: talent.name })} onClick={() => setEditing(talent.id)}>
                  <IconPencil size={16} />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('me.removeNamed', { name: talent.name })}
                  onClick={() => void save(() => remove({ variables: { id: talent.id } }))}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            </Group>
          ),
        )}
        <TalentForm
          initial={{ name: '', level: 'SKILLED' }}
          submitLabel={t('me.add')}
          onSubmit={(input) => save(() => add({ variables: { personId, input } }), t('me.talents.added', { name: input.name }))}
        />
      </Stack>
    </Card>
  );
}
