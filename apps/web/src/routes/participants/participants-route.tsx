import { Anchor, Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PARTICIPANT_STATUSES, type ParticipantStatus } from '@brobygger/domain';
import { graphql } from '../../gql';
import type { PersonSortField } from '../../gql/graphql';
import { ArchivedBadge } from '../../features/archive/archive-actions';
import { FilterSelect } from '../../features/entity-list/filter-select';
import { ListPage } from '../../features/entity-list/list-page';
import type { ListSpec } from '../../features/entity-list/list-params';
import { SortHeader } from '../../features/entity-list/sort-header';
import { useListPage } from '../../features/entity-list/use-list-page';

const ParticipantsRouteQuery = graphql(`
  query ParticipantsRouteQuery(
    $first: Int
    $after: String
    $filter: PersonFilter
    $orderBy: PersonOrder
  ) {
    people(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        since
        archivedAt
        participant {
          status
          municipalityName
          hoursPerWeek
        }
      }
    }
  }
`);

const SPEC: ListSpec<PersonSortField, { status: ParticipantStatus | null }> = {
  sortFields: ['NAME', 'SINCE', 'CREATED_AT'],
  defaultSort: { field: 'NAME', direction: 'ASC' },
  filters: { status: PARTICIPANT_STATUSES },
};

export function ParticipantsRoute() {
  const { t } = useTranslation();
  // No CSV here: the people export holds names and contact, not the journeys this list shows.
  const list = useListPage({
    spec: SPEC,
    query: ParticipantsRouteQuery,
    connection: (data) => data.people,
    filter: ({ filter }) => ({
      isParticipant: true,
      ...(filter.status ? { statuses: [filter.status] } : {}),
    }),
  });
  return (
    <ListPage
      {...list.frame}
      title={t('nav.participants')}
      newPath="/people/new?participant=1"
      newLabel={t('participant.new')}
      filters={
        <FilterSelect
          list={list}
          name="status"
          label={t('fields.status')}
          word={(s) => t(`participantStatus.${s}`)}
          w={220}
        />
      }
      head={
        <Table.Tr>
          <SortHeader label={t('fields.name')} field="NAME" list={list} />
          <Table.Th>{t('fields.status')}</Table.Th>
          <Table.Th>{t('fields.municipality')}</Table.Th>
          <Table.Th>{t('fields.hoursPerWeek')}</Table.Th>
          <SortHeader label={t('fields.since')} field="SINCE" list={list} />
        </Table.Tr>
      }
      rows={list.nodes.map((p) => (
        <Table.Tr key={p.id}>
          <Table.Td>
            <Anchor component={Link} to={`/participants/${p.id}`}>
              {p.name}
            </Anchor>{' '}
            <ArchivedBadge archivedAt={p.archivedAt} />
          </Table.Td>
          <Table.Td>
            {p.participant ? (
              <Badge variant="light">{t(`participantStatus.${p.participant.status}`)}</Badge>
            ) : (
              '–'
            )}
          </Table.Td>
          <Table.Td>{p.participant?.municipalityName ?? '–'}</Table.Td>
          <Table.Td>{p.participant?.hoursPerWeek ?? '–'}</Table.Td>
          <Table.Td>{p.since ?? '–'}</Table.Td>
        </Table.Tr>
      ))}
    />
  );
}
