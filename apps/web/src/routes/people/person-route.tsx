import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Grid, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { graphql } from '../../gql';
import { AgreementList } from '../../features/agreement/agreement-list';
import { DetailField } from '../../features/detail/detail-field';
import { DetailHeader } from '../../features/detail/detail-header';
import { ArchiveActions, ArchivedBadge } from '../../features/archive/archive-actions';
import { EgoGraph } from '../../features/ego-graph/ego-graph';
import { SectorBadge } from '../../features/entity-list/sector-badge';
import { ErrorState } from '../../features/states/error-state';
import { LoadingState } from '../../features/states/loading-state';
import { networkRoleWord } from '../../lib/network-role';

const PersonRouteQuery = graphql(`
  query PersonRouteQuery($id: ID!) {
    person(id: $id) {
      id
      name
      title
      email
      phone
      sector
      since
      isParticipant
      archivedAt
      deletionImpact {
        ...ArchiveActions_impact
      }
      organization {
        id
        name
      }
      memberships {
        id
        role
        network {
          id
          name
        }
      }
      agreements {
        ...AgreementList_agreements
      }
      ...EgoGraph_person
    }
  }
`);

export function PersonRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(PersonRouteQuery, { variables: { id } });
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading || !data) return <LoadingState />;
  const p = data.person;
  // A participant's page is their journey.
  if (p.isParticipant) return <Navigate to={`/participants/${p.id}`} replace />;
  return (
    <Stack>
      <DetailHeader
        title={p.name}
        badges={
          <>
            <SectorBadge sector={p.sector} />
            <ArchivedBadge archivedAt={p.archivedAt} />
          </>
        }
        actions={
          <>
            <ArchiveActions type="Person" id={p.id} name={p.name} archivedAt={p.archivedAt} impact={p.deletionImpact} listPath="/people" />
            <Button component={Link} to={`/people/${p.id}/edit`} variant="light" leftSection={<IconPencil size={16} />}>
              {t('actions.edit')}
            </Button>
          </>
        }
      />
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <Card withBorder>
              <SimpleGrid cols={2}>
                <DetailField label={t('fields.title')} value={p.title} />
                <Stack gap={0}>
                  <Text size="xs" c="dimmed">
                    {t('fields.organization')}
                  </Text>
                  {p.organization ? (
                    <Anchor size="sm" component={Link} to={`/organizations/${p.organization.id}`}>
                      {p.organization.name}
                    </Anchor>
                  ) : (
                    <Text size="sm">–</Text>
                  )}
                </Stack>
                <DetailField label={t('fields.email')} value={p.email} />
                <DetailField label={t('fields.phone')} value={p.phone} />
                <DetailField label={t('fields.since')} value={p.since} />
              </SimpleGrid>
            </Card>
            <Card withBorder>
              <Text fw={600} mb="xs">
                {t('nav.networks')}
              </Text>
              {p.memberships.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('list.empty')}
                </Text>
              ) : (
                <List size="sm">
                  {p.memberships.map((m) => (
                    <List.Item key={m.id}>
                      <Anchor component={Link} to={`/networks/${m.network.id}`}>
                        {m.network.name}
                      </Anchor>{' '}
                      · {networkRoleWord(t, m.role)}
                    </List.Item>
                  ))}
                </List>
              )}
            </Card>
            <AgreementList agreements={p.agreements} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <EgoGraph person={p} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
