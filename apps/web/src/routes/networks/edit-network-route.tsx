import { useMutation, useQuery } from '@apollo/client/react';
import { Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { graphql } from '../../gql';
import { NetworkForm, type NetworkFormValues } from '../../features/network-form/network-form';
import { ErrorState } from '../../features/states/error-state';
import { LoadingState } from '../../features/states/loading-state';
import { submitErrors } from '../../lib/submit-errors';

const EditNetworkRouteQuery = graphql(`
  query EditNetworkRouteQuery($id: ID!) {
    network(id: $id) {
      id
      name
      kind
      description
      municipalityNumber
      municipalityName
      startedOn
      endedOn
    }
  }
`);

const UpdateNetworkMutation = graphql(`
  mutation EditNetworkRouteMutation($id: ID!, $input: UpdateNetworkInput!) {
    updateNetwork(id: $id, input: $input) {
      id
      name
      kind
      description
      municipalityNumber
      municipalityName
      startedOn
      endedOn
    }
  }
`);

export function EditNetworkRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, loading, refetch } = useQuery(EditNetworkRouteQuery, { variables: { id } });
  const [update] = useMutation(UpdateNetworkMutation);
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading || !data) return <LoadingState />;
  const n = data.network;
  const initial: NetworkFormValues = {
    name: n.name,
    kind: n.kind,
    description: n.description ?? '',
    municipalityNumber: n.municipalityNumber ?? '',
    municipalityName: n.municipalityName ?? '',
    startedOn: n.startedOn ?? '',
    endedOn: n.endedOn ?? '',
  };
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('coordination.network.edit', { name: n.name })}
      </Title>
      <NetworkForm
        initialValues={initial}
        submitLabel={t('actions.save')}
        onCancel={() => void navigate(`/networks/${id}`)}
        onSubmit={async (input) => {
          try {
            await update({ variables: { id, input } });
            notifications.show({ color: 'teal', message: t('actions.saved') });
            void navigate(`/networks/${id}`);
            return {};
          } catch (err) {
            return submitErrors(err, t('coordination.network.saveFailed'));
          }
        }}
      />
    </Stack>
  );
}
