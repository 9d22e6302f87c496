import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Select, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SECTORS, type Sector } from '@brobygger/domain';
import { graphql } from '../../gql';
import type { PersonSortField } from '../../gql/graphql';
import { ListPage } from '../../features/entity-list/list-page';
import { SectorBadge } from '../../features/entity-list/sector-badge';
import { SortHeader } from '../../features/entity-list/sort-header';
import { PAGE_SIZE, useListState } from '../../features/entity-list/use-list-state';

const PeopleRouteQuery = graphql(`
  query PeopleRouteQuery($first: Int, $after: String, $filter: PersonFilter, $orderBy: PersonOrder) {
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
        organization {
          id
          name
        }
      }
    }
  }
`);

export function PeopleRoute() {
  const { t } = useTranslation();
  const list = useListState<PersonSortField, { sector: Sector | null }>({ field: 'NAME', direction: 'ASC' }, { sector: null });
  const { data, previousData, loading, error, refetch } = useQuery(PeopleRouteQuery, {
    variables: {
      first: PAGE_SIZE,
      after: list.after,
      orderBy: list.sort,
      filter: {
        ...(list.debouncedSearch ? { search: list.debouncedSearch } : {}),
        ...(list.filter.sector ? { sectors: [list.filter.sector] } : {}),
      },
    },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.people;
  const nodes = page?.nodes ?? [];
  return (
    <ListPage
      title={t('nav.people')}
      newPath="/people/new"
      newLabel={t('person.new')}
      search={list.search}
      onSearch={list.setSearch}
      filters={
        <Select
          aria-label={t('fields.sector')}
          placeholder={t('fields.sector')}
          data={SECTORS.map((s) => ({ value: s, label: t(`sector.${s}`) }))}
          value={list.filter.sector}
          onChange={(v) => list.setFilter({ sector: v })}
          clearable
          w={170}
        />
      }
      head={
        <Table.Tr>
          <SortHeader label={t('fields.name')} field="NAME" sort={list.sort} onSort={list.toggleSort} />
          <Table.Th>{t('fields.title')}</Table.Th>
          <Table.Th>{t('fields.organization')}</Table.Th>
          <SortHeader label={t('fields.sector')} field="SECTOR" sort={list.sort} onSort={list.toggleSort} />
        </Table.Tr>
      }
      rows={nodes.map((p) => (
        <Table.Tr key={p.id}>
          <Table.Td>
            <Anchor component={Link} to={p.isParticipant ? `/participants/${p.id}` : `/people/${p.id}`}>
              {p.name}
            </Anchor>{' '}
            {p.isParticipant ? (
              <Badge size="xs" variant="outline" color="green">
                {t('nodeKind.PARTICIPANT')}
              </Badge>
            ) : null}
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
      count={nodes.length}
      totalCount={page?.totalCount ?? 0}
      hasNextPage={page?.pageInfo.hasNextPage ?? false}
      page={list.page}
      onPrevious={list.previous}
      onNext={() => list.next(page?.pageInfo.endCursor)}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
    />
  );
}
