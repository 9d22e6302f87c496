import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatOrgNumber } from '@brobygger/domain';
import { graphql } from '../../gql';
import { AgreementList } from '../../features/agreement/agreement-list';
import { SectorBadge } from '../../features/entity-list/sector-badge';
import { DetailField } from '../../features/detail/detail-field';
import { DetailHeader } from '../../features/detail/detail-header';
import { ArchiveActions, ArchivedBadge } from '../../features/archive/archive-actions';
import { ErrorState } from '../../features/states/error-state';
import { LoadingState } from '../../features/states/loading-state';

const OrganizationRouteQuery = graphql(`
  query OrganizationRouteQuery($id: ID!) {
    organization(id: $id) {
      id
      name
      orgNumber
      sector
      kind
      industryCode
      industryName
      municipalityName
      address
      postalCode
      postalPlace
      website
      employees
      archivedAt
      deletionImpact {
        ...ArchiveActions_impact
      }
      people(first: 50) {
        totalCount
        nodes {
          id
          name
          title
          isParticipant
        }
      }
      opportunities {
        id
        title
        status
      }
      agreements {
        ...AgreementList_agreements
      }
    }
  }
`);

export function OrganizationRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(OrganizationRouteQuery, { variables: { id } });
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading || !data) return <LoadingState />;
  const o = data.organization;
  return (
    <Stack>
      <DetailHeader
        title={o.name}
        badges={
          <>
            <SectorBadge sector={o.sector} />
            <ArchivedBadge archivedAt={o.archivedAt} />
          </>
        }
        actions={
          <>
            <ArchiveActions type="Organization" id={o.id} name={o.name} archivedAt={o.archivedAt} impact={o.deletionImpact} listPath="/organizations" />
            <Button component={Link} to={`/organizations/${o.id}/edit`} leftSection={<IconPencil size={16} />} variant="light">
              {t('actions.edit')}
            </Button>
          </>
        }
      />
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <DetailField label={t('fields.orgNumber')} value={o.orgNumber ? formatOrgNumber(o.orgNumber) : null} />
          <DetailField label={t('fields.kind')} value={t(`orgKind.${o.kind}`)} />
          <DetailField label={t('fields.industryName')} value={[o.industryCode, o.industryName].filter(Boolean).join(' ') || null} />
          <DetailField label={t('fields.address')} value={[o.address, o.postalCode, o.postalPlace].filter(Boolean).join(', ') || null} />
          <DetailField label={t('fields.municipality')} value={o.municipalityName} />
          <DetailField label={t('fields.employees')} value={o.employees?.toString() ?? null} />
        </SimpleGrid>
      </Card>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Text fw={600} mb="xs">
            {t('organization.people', { count: o.people.totalCount })}
          </Text>
          {o.people.nodes.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('list.empty')}
            </Text>
          ) : (
            <List size="sm">
              {o.people.nodes.map((p) => (
                <List.Item key={p.id}>
                  <Anchor component={Link} to={p.isParticipant ? `/participants/${p.id}` : `/people/${p.id}`}>
                    {p.name}
                  </Anchor>
                  {p.title ? ` · ${p.title}` : ''}
                </List.Item>
              ))}
            </List>
          )}
        </Card>
        <Card withBorder>
          <Text fw={600} mb="xs">
            {t('nav.opportunities')}
          </Text>
          {o.opportunities.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('list.empty')}
            </Text>
          ) : (
            <List size="sm">
              {o.opportunities.map((op) => (
                <List.Item key={op.id}>
                  <Anchor component={Link} to={`/opportunities/${op.id}`}>
                    {op.title}
                  </Anchor>{' '}
                  · {t(`opportunityStatus.${op.status}`)}
                </List.Item>
              ))}
            </List>
          )}
        </Card>
      </SimpleGrid>
      <AgreementList agreements={o.agreements} />
    </Stack>
  );
}
