import { Button, Card, Group, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { updateParticipantProfileSchema } from '@brobygger/domain';
import { graphql } from '../../gql';
import { validateWith } from '../../lib/schema-errors';
import { submitErrors } from '../../lib/submit-errors';
import { useProfileMutation } from './use-profile-mutation';

const SaveDreams = graphql(`
  mutation DreamsCardSave($personId: ID!, $dreams: String) {
    updateParticipantProfile(personId: $personId, input: { dreams: $dreams }) {
      id
    }
  }
`);

/** The participant's dreams, in their own words. */
export function DreamsCard({ personId, dreams }: { personId: string; dreams: string | null | undefined }) {
  const { t } = useTranslation();
  const [save] = useProfileMutation(SaveDreams);
  const form = useForm({ initialValues: { dreams: dreams ?? '' } });
  const submit = form.onSubmit(async (values) => {
    const checked = validateWith(updateParticipantProfileSchema, values);
    if ('errors' in checked) {
      form.setErrors(checked.errors);
      return;
    }
    try {
      await save({ variables: { personId, dreams: checked.data.dreams ?? null } });
      form.resetDirty();
      notifications.show({ color: 'teal', message: t('me.dreams.saved') });
    } catch (error) {
      form.setErrors(submitErrors(error, t('me.saveFailed')));
    }
  });
  return (
    <Card withBorder>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Text fw={600} mb="xs" component="h2">
          {t('me.dreams.title')}
        </Text>
        <Textarea label={t('me.dreams.label')} autosize minRows={3} maxRows={8} {...form.getInputProps('dreams')} />
        <Group mt="xs">
          <Button type="submit" loading={form.submitting} disabled={!form.isDirty()}>
            {t('actions.save')}
          </Button>
        </Group>
      </form>
    </Card>
  );
}
