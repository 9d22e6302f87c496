import { useMutation } from '@apollo/client/react';
import { Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { submitErrors } from '../../lib/submit-errors';
import { EMPTY_OPPORTUNITY, OpportunityForm } from './opportunity-form';

const NewOpportunityMutation = graphql(`
  mutation NewOpportunityPageMutation($input: CreateOpportunityInput!) {
    createOpportunity(input: $input) {
      id
      title
    }
  }
`);

interface Props {
  /** Where the list lives: `/opportunities` for coordinators, `/employer/openings` for employers. */
  basePath: string;
  /** An employer's own organisation; coordinators pick one in the form. */
  organizationId: string | null;
}

/** A new opening, for a coordinator (any business) or an employer (their own organisation). */
export function NewOpportunityPage({ basePath, organizationId }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [create] = useMutation(NewOpportunityMutation, {
    refetchQueries: ['OpportunitiesRouteQuery', 'EmployerOpeningsRouteQuery'],
  });
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('employer.opening.new')}
      </Title>
      <OpportunityForm
        initialValues={{ ...EMPTY_OPPORTUNITY, organizationId: organizationId ?? '' }}
        chooseOrganization={organizationId === null}
        submitLabel={t('actions.create')}
        onCancel={() => void navigate(basePath)}
        onSubmit={async (input) => {
          try {
            const result = await create({ variables: { input } });
            const id = result.data?.createOpportunity.id;
            notifications.show({ color: 'teal', message: t('employer.opening.created', { title: input.title }) });
            void navigate(id ? `${basePath}/${id}` : basePath);
            return {};
          } catch (error) {
            return submitErrors(error, t('employer.opening.saveFailed'));
          }
        }}
      />
    </Stack>
  );
}
