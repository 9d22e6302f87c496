import { useMutation, useQuery } from '@apollo/client/react';
import { Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { graphql } from '../../gql';
import { EMPTY_PERSON, PersonForm } from '../../features/person-form/person-form';
import { ErrorState } from '../../features/states/error-state';
import { LoadingState } from '../../features/states/loading-state';
import { submitErrors } from '../../lib/submit-errors';

const EditPersonRouteQuery = graphql(`
  query EditPersonRouteQuery($id: ID!) {
    person(id: $id) {
      id
      name
      sector
      title
      email
      phone
      since
      isParticipant
      organization {
        id
      }
    }
  }
`);

const UpdatePersonMutation = graphql(`
  mutation EditPersonRouteMutation($id: ID!, $input: UpdatePersonInput!) {
    updatePerson(id: $id, input: $input) {
      id
      name
      sector
      title
      email
      phone
      since
      organization {
        id
        name
      }
    }
  }
`);

export function EditPersonRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, loading, refetch } = useQuery(EditPersonRouteQuery, { variables: { id } });
  const [update] = useMutation(UpdatePersonMutation);
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading || !data) return <LoadingState />;
  const p = data.person;
  const back = p.isParticipant ? `/participants/${id}` : `/people/${id}`;
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('person.edit', { name: p.name })}
      </Title>
      <PersonForm
        initialValues={{
          ...EMPTY_PERSON,
          name: p.name,
          sector: p.sector,
          title: p.title ?? '',
          email: p.email ?? '',
          phone: p.phone ?? '',
          since: p.since ?? '',
          organizationId: p.organization?.id ?? null,
        }}
        submitLabel={t('actions.save')}
        withParticipant={false}
        onCancel={() => void navigate(back)}
        onSubmit={async ({ participant: _participant, ...input }) => {
          try {
            await update({ variables: { id, input } });
            notifications.show({ color: 'teal', message: t('actions.saved') });
            void navigate(back);
            return {};
          } catch (err) {
            return submitErrors(err, t('person.saveFailed'));
          }
        }}
      />
    </Stack>
  );
}
