import { useMutation } from '@apollo/client/react';
import { Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { EMPTY_NETWORK, NetworkForm } from '../../features/network-form/network-form';
import { submitErrors } from '../../lib/submit-errors';

const NewNetworkMutation = graphql(`
  mutation NewNetworkRouteMutation($input: CreateNetworkInput!) {
    createNetwork(input: $input) {
      id
      name
    }
  }
`);

export function NewNetworkRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [create] = useMutation(NewNetworkMutation, { refetchQueries: ['NetworksRouteQuery'] });
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('coordination.network.new')}
      </Title>
      <NetworkForm
        initialValues={EMPTY_NETWORK}
        submitLabel={t('actions.create')}
        onCancel={() => void navigate('/networks')}
        onSubmit={async (input) => {
          try {
            const result = await create({ variables: { input } });
            const id = result.data?.createNetwork.id;
            notifications.show({ color: 'teal', message: t('coordination.network.created', { name: input.name }) });
            void navigate(id ? `/networks/${id}` : '/networks');
            return {};
          } catch (error) {
            return submitErrors(error, t('coordination.network.saveFailed'));
          }
        }}
      />
    </Stack>
  );
}
