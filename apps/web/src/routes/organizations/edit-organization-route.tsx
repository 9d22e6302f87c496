import { useMutation, useQuery } from '@apollo/client/react';
import { Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { graphql } from '../../gql';
import { OrganizationForm, type OrganizationFormValues } from '../../features/organization-form/organization-form';
import { ErrorState } from '../../features/states/error-state';
import { LoadingState } from '../../features/states/loading-state';
import { submitErrors } from '../../lib/submit-errors';

const EditOrganizationRouteQuery = graphql(`
  query EditOrganizationRouteQuery($id: ID!) {
    organization(id: $id) {
      id
      name
      orgNumber
      sector
      kind
      industryCode
      industryName
      municipalityNumber
      municipalityName
      address
      postalCode
      postalPlace
      website
      employees
      publiclyOwned
    }
  }
`);

const UpdateOrganizationMutation = graphql(`
  mutation EditOrganizationRouteMutation($id: ID!, $input: UpdateOrganizationInput!) {
    updateOrganization(id: $id, input: $input) {
      id
      name
      orgNumber
      sector
      kind
      industryCode
      industryName
      municipalityNumber
      municipalityName
      address
      postalCode
      postalPlace
      website
      employees
      publiclyOwned
    }
  }
`);

export function EditOrganizationRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, loading, refetch } = useQuery(EditOrganizationRouteQuery, { variables: { id } });
  const [update] = useMutation(UpdateOrganizationMutation);
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading || !data) return <LoadingState />;
  const o = data.organization;
  const initial: OrganizationFormValues = {
    name: o.name,
    orgNumber: o.orgNumber ?? '',
    sector: o.sector,
    kind: o.kind,
    industryCode: o.industryCode ?? '',
    industryName: o.industryName ?? '',
    municipalityNumber: o.municipalityNumber ?? '',
    municipalityName: o.municipalityName ?? '',
    address: o.address ?? '',
    postalCode: o.postalCode ?? '',
    postalPlace: o.postalPlace ?? '',
    website: o.website ?? '',
    employees: o.employees ?? '',
    publiclyOwned: o.publiclyOwned,
  };
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('organization.edit', { name: o.name })}
      </Title>
      <OrganizationForm
        initialValues={initial}
        submitLabel={t('actions.save')}
        onCancel={() => void navigate(`/organizations/${id}`)}
        onSubmit={async (input) => {
          try {
            await update({ variables: { id, input } });
            notifications.show({ color: 'teal', message: t('actions.saved') });
            void navigate(`/organizations/${id}`);
            return {};
          } catch (err) {
            return submitErrors(err, t('organization.saveFailed'));
          }
        }}
      />
    </Stack>
  );
}
