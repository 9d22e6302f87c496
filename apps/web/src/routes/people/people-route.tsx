import { Anchor, Badge, Table } from '@mantine/core';
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
import { SortHeader } from '../../features/entity-list/sort-header';
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
      head={
        <Table.Tr>
          <SortHeader label={t('fields.name')} field="NAME" list={list} />
          <Table.Th>{t('fields.title')}</Table.Th>
          <Table.Th>{t('fields.organization')}</Table.Th>
          <SortHeader label={t('fields.sector')} field="SECTOR" list={list} />
        </Table.Tr>
      }
      rows={list.nodes.map((p) => (
        <Table.Tr key={p.id}>
          <Table.Td>
            <Anchor
              component={Link}
              to={p.isParticipant ? `/participants/${p.id}` : `/people/${p.id}`}
            >
              {p.name}
            </Anchor>{' '}
            {p.isParticipant ? (
              <Badge size="xs" variant="outline" color="green">
                {t('nodeKind.PARTICIPANT')}
              </Badge>
            ) : null}{' '}
            <ArchivedBadge archivedAt={p.archivedAt} />
          </Table.Td>
          <Table.Td>{p.title ?? '–'}</Table.Td>
          <Table.Td>
            {p.organization ? (
              <Anchor component={Link} to={`/organizations/${p.organization.id}`}>
                {p.organization.name}
              </Anchor>
            ) : (
              '–'
            )}
          </Table.Td>
          <Table.Td>
            <SectorBadge sector={p.sector} />
          </Table.Td>
        </Table.Tr>
      ))}
    />
  );
}
