import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OpportunityStatus } from '@brobygger/domain';
import { graphql } from '../../gql';
import { ListPanel } from '../../features/entity-list/list-panel';
import { ResponsiveTable } from '../../features/entity-list/responsive-table';
import { ViewSwitch } from '../../features/entity-list/view-switch';
import { useViewer } from '../../features/session/viewer-context';
import { EmptyState } from '../../features/states/empty-state';
import { ErrorState } from '../../features/states/error-state';
import { LoadingState } from '../../features/states/loading-state';
import { errorMessage } from '../../lib/graphql-error';
import { formatNumber } from '../../lib/numbers';

const EmployerOpeningsRouteQuery = graphql(`
  query EmployerOpeningsRouteQuery($organizationId: ID!, $statuses: [OpportunityStatus!]) {
    opportunities(
      first: 200
      filter: { organizationId: $organizationId, statuses: $statuses }
      orderBy: { field: CREATED_AT, direction: DESC }
    ) {
      totalCount
      nodes {
        id
        title
        kind
        status
        hoursPerWeek
        municipalityName
        talents
      }
    }
  }
`);

/** Closes an opening: also offered where an opening in use cannot be deleted. */
export const CloseOpeningMutation = graphql(`
  mutation EmployerOpeningsClose($id: ID!) {
    updateOpportunity(id: $id, input: { status: CLOSED }) {
      id
      status
    }
  }
`);

type Shown = 'OPEN' | 'ALL';

/** The employer's own openings: the open ones by default, each to edit, close or fill from candidates. */
export function EmployerOpeningsRoute() {
  const { t, i18n } = useTranslation();
  const viewer = useViewer();
  const [shown, setShown] = useState<Shown>('OPEN');
  const statuses: OpportunityStatus[] | null = shown === 'OPEN' ? ['OPEN'] : null;
  const { data, loading, error, refetch } = useQuery(EmployerOpeningsRouteQuery, {
    variables: { organizationId: viewer.organizationId ?? '', statuses },
    fetchPolicy: 'cache-and-network',
  });
  const [closeOpening, closing] = useMutation(CloseOpeningMutation, { refetchQueries: ['EmployerOpeningsRouteQuery'] });
  const close = async (id: string, title: string) => {
    try {
      await closeOpening({ variables: { id } });
      notifications.show({ color: 'teal', message: t('employer.opening.closed', { title }) });
    } catch (e) {
      notifications.show({ color: 'red', title: t('employer.opening.saveFailed'), message: errorMessage(e) });
    }
  };
  const nodes = data?.opportunities.nodes ?? [];
  const body = (() => {
    if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
    if (loading && !data) return <LoadingState />;
    if (nodes.length === 0) return <EmptyState title={t('employer.openings.none')} />;
    return (
      <ResponsiveTable
        rows={nodes}
        columns={[
          {
            key: 'title',
            label: t('fields.title'),
            cell: (o) => (
              <Anchor component={Link} to={`/employer/openings/${o.id}`}>
                {o.title}
              </Anchor>
            ),
          },
          { key: 'kind', label: t('fields.kind'), cell: (o) => t(`opportunityKind.${o.kind}`) },
          {
            key: 'status',
            label: t('fields.status'),
            cell: (o) => (
              <Badge variant="light" color={o.status === 'OPEN' ? 'teal' : 'gray'} miw="max-content">
                {t(`opportunityStatus.${o.status}`)}
              </Badge>
            ),
          },
          { key: 'hours', label: t('fields.hoursPerWeek'), cell: (o) => formatNumber(o.hoursPerWeek, i18n.language) },
          { key: 'municipality', label: t('fields.municipality'), cell: (o) => o.municipalityName ?? '–' },
          { key: 'talents', label: t('employer.opening.talents'), cell: (o) => o.talents.join(', ') || '–' },
          {
            key: 'actions',
            label: t('employer.openings.actions'),
            labelHidden: true,
            cell: (o) => (
              <Group gap={6} wrap="nowrap" justify="flex-end">
                <Button
                  size="compact-sm"
                  variant="default"
                  component={Link}
                  to={`/employer/openings/${o.id}/edit`}
                  aria-label={t('employer.opening.editNamed', { title: o.title })}
                >
                  {t('actions.edit')}
                </Button>
                {o.status === 'OPEN' ? (
                  <Button
                    size="compact-sm"
                    variant="light"
                    color="red"
                    loading={closing.loading}
                    aria-label={t('employer.opening.closeNamed', { title: o.title })}
                    onClick={() => void close(o.id, o.title)}
                  >
                    {t('employer.opening.close')}
                  </Button>
                ) : null}
              </Group>
            ),
          },
        ]}
      />
    );
  })();
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('employer.openings.title')}
        </Title>
        <Button component={Link} to="/employer/openings/new" leftSection={<IconPlus size={16} />}>
          {t('employer.opening.new')}
        </Button>
      </Group>
      <ViewSwitch
        label={t('fields.status')}
        value={shown}
        onChange={(v) => setShown(v)}
        data={[
          { value: 'OPEN', label: t('employer.openings.open') },
          { value: 'ALL', label: t('employer.openings.all') },
        ]}
      />
      <ListPanel>
        {body}
      </ListPanel>
    </Stack>
  );
}
