import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../../gql';
import { DetailField } from '../../features/detail/detail-field';
import { DetailHeader } from '../../features/detail/detail-header';
import { ArchiveActions, ArchivedBadge } from '../../features/archive/archive-actions';
import { ErrorState } from '../../features/states/error-state';
import { LoadingState } from '../../features/states/loading-state';

const OpportunityRouteQuery = graphql(`
  query OpportunityRouteQuery($id: ID!) {
    opportunity(id: $id) {
      id
      title
      kind
      status
      description
      hoursPerWeek
      municipalityName
      talents
      archivedAt
      deletionImpact {
        ...ArchiveActions_impact
      }
      organization {
        id
        name
      }
    }
  }
`);

export function OpportunityRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(OpportunityRouteQuery, { variables: { id } });
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading || !data) return <LoadingState />;
  const o = data.opportunity;
  return (
    <Stack>
      <DetailHeader
        title={o.title}
        badges={
          <>
            <Badge variant="light">{t(`opportunityStatus.${o.status}`)}</Badge>
            <ArchivedBadge archivedAt={o.archivedAt} />
          </>
        }
        actions={
          <>
            <ArchiveActions type="Opportunity" id={o.id} name={o.title} archivedAt={o.archivedAt} impact={o.deletionImpact} listPath="/opportunities" />
            <Button variant="default" component={Link} to={`/opportunities/${o.id}/edit`}>
              {t('actions.edit')}
            </Button>
          </>
        }
      />
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t('fields.organization')}
            </Text>
            <Anchor size="sm" component={Link} to={`/organizations/${o.organization.id}`}>
              {o.organization.name}
            </Anchor>
          </Stack>
          <DetailField label={t('fields.kind')} value={t(`opportunityKind.${o.kind}`)} />
          <DetailField label={t('fields.hoursPerWeek')} value={o.hoursPerWeek?.toString() ?? null} />
          <DetailField label={t('fields.municipality')} value={o.municipalityName} />
        </SimpleGrid>
        {o.description ? (
          <Text size="sm" mt="sm">
            {o.description}
          </Text>
        ) : null}
        <Group gap={6} mt="sm">
          {o.talents.map((tal) => (
            <Badge key={tal} variant="light" color="grape">
              {tal}
            </Badge>
          ))}
        </Group>
      </Card>
    </Stack>
  );
}
