import { useMutation } from '@apollo/client/react';
import { Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { EMPTY_ORGANIZATION, OrganizationForm } from '../../features/organization-form/organization-form';
import { submitErrors } from '../../lib/submit-errors';

const NewOrganizationMutation = graphql(`
  mutation NewOrganizationRouteMutation($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
      name
    }
  }
`);

export function NewOrganizationRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [create] = useMutation(NewOrganizationMutation, { refetchQueries: ['OrganizationsRouteQuery'] });
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('organization.new')}
      </Title>
      <OrganizationForm
        initialValues={EMPTY_ORGANIZATION}
        submitLabel={t('actions.create')}
        onCancel={() => void navigate('/organizations')}
        onSubmit={async (input) => {
          try {
            const result = await create({ variables: { input } });
            const id = result.data?.createOrganization.id;
            notifications.show({ color: 'teal', message: t('organization.created', { name: input.name }) });
            void navigate(id ? `/organizations/${id}` : '/organizations');
            return {};
          } catch (error) {
            return submitErrors(error, t('organization.saveFailed'));
          }
        }}
      />
    </Stack>
  );
}
