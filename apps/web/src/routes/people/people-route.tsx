import { Anchor, Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SECTORS, type Sector } from '@brobygger/domain';
import { graphql } from '../../gql';
import type { PersonSortField } from '../../gql/graphql';
import { ArchivedBadge } from '../../features/archive/archive-actions';
import { FilterSelect } from '../../features/entity-list/filter-select';
import { ListPage } from '../../features/entity-list/list-page';
import type { ListSpec } from '../../features/entity-list/list-params';
import { SectorBadge } from '../../features/entity-list/sector-badge';
import { useListPage } from '../../features/entity-list/use-list-page';

const PeopleRouteQuery = graphql(`
  query PeopleRouteQuery(
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
        title
        sector
        isParticipant
        archivedAt
        organization {
          id
          name
        }
      }
    }
  }
`);

const SPEC: ListSpec<PersonSortField, { sector: Sector | null }> = {
  sortFields: ['NAME', 'SECTOR', 'SINCE', 'CREATED_AT'],
  defaultSort: { field: 'NAME', direction: 'ASC' },
  filters: { sector: SECTORS },
};

export function PeopleRoute() {
  const { t } = useTranslation();
  const list = useListPage({
    spec: SPEC,
    query: PeopleRouteQuery,
    connection: (data) => data.people,
    filter: ({ filter }) => (filter.sector ? { sectors: [filter.sector] } : {}),
    export: { list: 'people', filters: ['sector'] },
  });
  return (
    <ListPage
      {...list.frame}
      title={t('nav.people')}
      newPath="/people/new"
      newLabel={t('person.new')}
      filters={
        <FilterSelect
          list={list}
          name="sector"
          label={t('fields.sector')}
          word={(s) => t(`sector.${s}`)}
          w={170}
        />
      }
      list={list}
      rows={list.nodes}
      columns={[
        {
          key: 'name',
          label: t('fields.name'),
          sortField: 'NAME',
          cell: (p) => (
            <>
              <Anchor component={Link} to={p.isParticipant ? `/participants/${p.id}` : `/people/${p.id}`}>
                {p.name}
              </Anchor>{' '}
              {p.isParticipant ? (
                <Badge size="xs" variant="outline" color="green">
                  {t('nodeKind.PARTICIPANT')}
                </Badge>
              ) : null}{' '}
              <ArchivedBadge archivedAt={p.archivedAt} />
            </>
          ),
        },
        { key: 'title', label: t('fields.title'), cell: (p) => p.title ?? '–' },
        {
          key: 'organization',
          label: t('fields.organization'),
          cell: (p) =>
            p.organization ? (
              <Anchor component={Link} to={`/organizations/${p.organization.id}`}>
                {p.organization.name}
              </Anchor>
            ) : (
              '–'
            ),
        },
        { key: 'sector', label: t('fields.sector'), sortField: 'SECTOR', cell: (p) => <SectorBadge sector={p.sector} /> },
      ]}
    />
  );
}
