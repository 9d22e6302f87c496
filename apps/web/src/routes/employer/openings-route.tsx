import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Paper, SegmentedControl, Stack, Table, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OpportunityStatus } from '@brobygger/domain';
import { graphql } from '../../gql';
import { useViewer } from '../../features/session/viewer-context';
import { EmptyState } from '../../features/states/empty-state';
import { ErrorState } from '../../features/states/error-state';
import { LoadingState } from '../../features/states/loading-state';
import { errorMessage } from '../../lib/graphql-error';

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

const CloseOpeningMutation = graphql(`
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
  const { t } = useTranslation();
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
      <Table.ScrollContainer minWidth={700}>
        <Table striped highlightOnHover verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('fields.title')}</Table.Th>
              <Table.Th>{t('fields.kind')}</Table.Th>
              <Table.Th>{t('fields.status')}</Table.Th>
              <Table.Th>{t('fields.hoursPerWeek')}</Table.Th>
              <Table.Th>{t('fields.municipality')}</Table.Th>
              <Table.Th>{t('employer.opening.talents')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('employer.openings.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {nodes.map((o) => (
              <Table.Tr key={o.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/employer/openings/${o.id}`}>
                    {o.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`opportunityKind.${o.kind}`)}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={o.status === 'OPEN' ? 'teal' : 'gray'} miw="max-content">
                    {t(`opportunityStatus.${o.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{o.hoursPerWeek ?? '–'}</Table.Td>
                <Table.Td>{o.municipalityName ?? '–'}</Table.Td>
                <Table.Td>{o.talents.join(', ') || '–'}</Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap" justify="flex-end">
                    <Button size="compact-sm" variant="default" component={Link} to={`/employer/openings/${o.id}/edit`} aria-label={t('employer.opening.editNamed', { title: o.title })}>
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
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
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
      <SegmentedControl
        w="fit-content"
        value={shown}
        onChange={(v) => setShown(v)}
        data={[
          { value: 'OPEN', label: t('employer.openings.open') },
          { value: 'ALL', label: t('employer.openings.all') },
        ]}
      />
      <Paper withBorder p="xs">
        {body}
      </Paper>
    </Stack>
  );
}
