import { useMutation, useQuery } from '@apollo/client/react';
import { Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { submitErrors } from '../../lib/submit-errors';
import { ErrorState } from '../states/error-state';
import { LoadingState } from '../states/loading-state';
import { OpportunityForm, type OpportunityFormValues } from './opportunity-form';

const EditOpportunityQuery = graphql(`
  query EditOpportunityQuery($id: ID!) {
    opportunity(id: $id) {
      id
      title
      kind
      status
      description
      municipalityNumber
      municipalityName
      hoursPerWeek
      talents
      organization {
        id
      }
    }
  }
`);

const UpdateOpportunityMutation = graphql(`
  mutation EditOpportunityMutation($id: ID!, $input: UpdateOpportunityInput!) {
    updateOpportunity(id: $id, input: $input) {
      id
      title
      kind
      status
      description
      municipalityNumber
      municipalityName
      hoursPerWeek
      talents
    }
  }
`);

/** Edits an opening; its organisation stays (another organisation posts its own). */
export function EditOpportunityPage({ id, basePath }: { id: string; basePath: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, error, loading, refetch } = useQuery(EditOpportunityQuery, { variables: { id } });
  const [update] = useMutation(UpdateOpportunityMutation);
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading || !data) return <LoadingState />;
  const o = data.opportunity;
  const initial: OpportunityFormValues = {
    organizationId: o.organization.id,
    title: o.title,
    kind: o.kind,
    status: o.status,
    description: o.description ?? '',
    municipalityNumber: o.municipalityNumber ?? '',
    municipalityName: o.municipalityName ?? '',
    hoursPerWeek: o.hoursPerWeek ?? '',
    talents: o.talents,
  };
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('employer.opening.edit', { title: o.title })}
      </Title>
      <OpportunityForm
        initialValues={initial}
        chooseOrganization={false}
        submitLabel={t('actions.save')}
        onCancel={() => void navigate(`${basePath}/${id}`)}
        onSubmit={async ({ organizationId: _organization, ...input }) => {
          try {
            await update({ variables: { id, input } });
            notifications.show({ color: 'teal', message: t('actions.saved') });
            void navigate(`${basePath}/${id}`);
            return {};
          } catch (err) {
            return submitErrors(err, t('employer.opening.saveFailed'));
          }
        }}
      />
    </Stack>
  );
}
