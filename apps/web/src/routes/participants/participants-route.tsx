import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PARTICIPANT_STATUSES, type ParticipantStatus } from '@brobygger/domain';
import { graphql } from '../../gql';
import type { PersonSortField } from '../../gql/graphql';
import { FilterSelect } from '../../features/entity-list/filter-select';
import { linkColumn } from '../../features/entity-list/link-column';
import { ListPage } from '../../features/entity-list/list-page';
import type { ListSpec } from '../../features/entity-list/list-params';
import { useListPage } from '../../features/entity-list/use-list-page';
import { formatDate } from '../../lib/format';
import { formatNumber } from '../../lib/numbers';

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
  const { t, i18n } = useTranslation();
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
      list={list}
      rows={list.nodes}
      columns={[
        linkColumn<(typeof list.nodes)[number], PersonSortField>({
          key: 'name',
          label: t('fields.name'),
          sortField: 'NAME',
          to: (p) => `/participants/${p.id}`,
          text: (p) => p.name,
          archivedAt: (p) => p.archivedAt,
        }),
        {
          key: 'status',
          label: t('fields.status'),
          cell: (p) => (p.participant ? <Badge variant="light">{t(`participantStatus.${p.participant.status}`)}</Badge> : '–'),
        },
        { key: 'municipality', label: t('fields.municipality'), cell: (p) => p.participant?.municipalityName ?? '–' },
        { key: 'hours', label: t('fields.hoursPerWeek'), cell: (p) => formatNumber(p.participant?.hoursPerWeek, i18n.language) },
        { key: 'since', label: t('fields.since'), sortField: 'SINCE', nowrap: true, cell: (p) => formatDate(p.since, i18n.language) },
      ]}
    />
  );
}
