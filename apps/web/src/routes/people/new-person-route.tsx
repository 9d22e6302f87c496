import { useMutation } from '@apollo/client/react';
import { Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { EMPTY_PERSON, PersonForm } from '../../features/person-form/person-form';
import { submitErrors } from '../../lib/submit-errors';

const NewPersonMutation = graphql(`
  mutation NewPersonRouteMutation($input: CreatePersonInput!) {
    createPerson(input: $input) {
      id
      isParticipant
    }
  }
`);

export function NewPersonRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const participant = params.get('participant') === '1';
  const [create] = useMutation(NewPersonMutation, { refetchQueries: ['PeopleRouteQuery', 'ParticipantsRouteQuery'] });
  return (
    <Stack>
      <Title order={1} size="h2">
        {participant ? t('participant.new') : t('person.new')}
      </Title>
      <PersonForm
        initialValues={{ ...EMPTY_PERSON, isParticipant: participant }}
        submitLabel={t('actions.create')}
        withParticipant
        onCancel={() => void navigate(participant ? '/participants' : '/people')}
        onSubmit={async (input) => {
          try {
            const result = await create({ variables: { input } });
            const p = result.data?.createPerson;
            notifications.show({ color: 'teal', message: t('person.created', { name: input.name }) });
            void navigate(p ? (p.isParticipant ? `/participants/${p.id}` : `/people/${p.id}`) : '/people');
            return {};
          } catch (error) {
            return submitErrors(error, t('person.saveFailed'));
          }
        }}
      />
    </Stack>
  );
}
