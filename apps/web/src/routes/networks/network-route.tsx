import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../../gql';
import { DetailField } from '../../features/detail/detail-field';
import { DetailHeader } from '../../features/detail/detail-header';
import { ArchiveActions, ArchivedBadge } from '../../features/archive/archive-actions';
import { AddMemberForm } from '../../features/network-form/add-member-form';
import { RemoveMemberButton } from '../../features/network-form/remove-member-button';
import { ResponsiveTable } from '../../features/entity-list/responsive-table';
import { SectorBadge } from '../../features/entity-list/sector-badge';
import { ErrorState } from '../../features/states/error-state';
import { LoadingState } from '../../features/states/loading-state';
import { formatDate } from '../../lib/format';
import { networkRoleWord } from '../../lib/network-role';

const NetworkRouteQuery = graphql(`
  query NetworkRouteQuery($id: ID!) {
    network(id: $id) {
      id
      name
      kind
      description
      municipalityName
      startedOn
      endedOn
      memberCount
      archivedAt
      deletionImpact {
        ...ArchiveActions_impact
      }
      members {
        id
        role
        joinedOn
        leftOn
        person {
          id
          name
          sector
          isParticipant
        }
        organization {
          id
          name
          sector
        }
      }
    }
  }
`);

export function NetworkRoute() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(NetworkRouteQuery, { variables: { id } });
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading || !data) return <LoadingState />;
  const n = data.network;
  // Each membership with its member (a person or an organisation) and where that member's page is.
  const members = n.members.flatMap((m) => {
    const member = m.person ?? m.organization;
    if (!member) return [];
    const path = m.person ? (m.person.isParticipant ? `/participants/${m.person.id}` : `/people/${m.person.id}`) : `/organizations/${member.id}`;
    return [{ id: m.id, role: m.role, joinedOn: m.joinedOn, leftOn: m.leftOn, member, path }];
  });
  return (
    <Stack>
      <DetailHeader
        title={n.name}
        badges={<ArchivedBadge archivedAt={n.archivedAt} />}
        actions={
          <>
            <ArchiveActions type="Network" id={n.id} name={n.name} archivedAt={n.archivedAt} impact={n.deletionImpact} listPath="/networks" />
            <Button variant="default" component={Link} to={`/networks/${n.id}/edit`}>
              {t('actions.edit')}
            </Button>
          </>
        }
      />
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <DetailField label={t('fields.kind')} value={t(`networkKind.${n.kind}`)} />
          <DetailField label={t('fields.municipality')} value={n.municipalityName} />
          <DetailField label={t('fields.startedOn')} value={formatDate(n.startedOn, i18n.language)} />
          <DetailField label={t('fields.members')} value={String(n.memberCount)} />
        </SimpleGrid>
        {n.description ? (
          <Text size="sm" mt="sm">
            {n.description}
          </Text>
        ) : null}
      </Card>
      <Card withBorder>
        <Title order={2} size="h5" mb="xs">
          {t('fields.members')}
        </Title>
        {members.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('list.empty')}
          </Text>
        ) : (
          <ResponsiveTable
            headingOrder={3}
            minWidth={560}
            highlightOnHover={false}
            rows={members}
            columns={[
              {
                key: 'member',
                label: t('coordination.network.member'),
                cell: ({ member, path }) => (
                  <Group gap={6} component="span">
                    <Anchor component={Link} to={path}>
                      {member.name}
                    </Anchor>
                    <SectorBadge sector={member.sector} />
                  </Group>
                ),
              },
              { key: 'role', label: t('coordination.network.role'), cell: ({ role }) => networkRoleWord(t, role) },
              { key: 'joinedOn', label: t('coordination.network.joinedOn'), nowrap: true, cell: ({ joinedOn }) => formatDate(joinedOn, i18n.language) },
              { key: 'leftOn', label: t('coordination.network.leftOn'), nowrap: true, cell: ({ leftOn }) => formatDate(leftOn, i18n.language) },
              {
                key: 'remove',
                label: t('coordination.network.remove'),
                labelHidden: true,
                cell: ({ id, member }) => <RemoveMemberButton membershipId={id} name={member.name} />,
              },
            ]}
          />
        )}
      </Card>
      <Card withBorder>
        <Text fw={600} mb="xs">
          {t('coordination.network.addMember')}
        </Text>
        <AddMemberForm networkId={n.id} />
      </Card>
    </Stack>
  );
}
