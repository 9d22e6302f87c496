import { useQuery } from '@apollo/client/react';
import { Anchor, Select, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NETWORK_KINDS, type NetworkKind } from '@brobygger/domain';
import { graphql } from '../../gql';
import type { NetworkSortField } from '../../gql/graphql';
import { ListPage } from '../../features/entity-list/list-page';
import { SortHeader } from '../../features/entity-list/sort-header';
import { PAGE_SIZE, useListState } from '../../features/entity-list/use-list-state';

const NetworksRouteQuery = graphql(`
  query NetworksRouteQuery($first: Int, $after: String, $filter: NetworkFilter, $orderBy: NetworkOrder) {
    networks(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        kind
        memberCount
        municipalityName
        startedOn
      }
    }
  }
`);

export function NetworksRoute() {
  const { t } = useTranslation();
  const list = useListState<NetworkSortField, { kind: NetworkKind | null }>({ field: 'NAME', direction: 'ASC' }, { kind: null });
  const { data, previousData, loading, error, refetch } = useQuery(NetworksRouteQuery, {
    variables: {
      first: PAGE_SIZE,
      after: list.after,
      orderBy: list.sort,
      filter: {
        ...(list.debouncedSearch ? { search: list.debouncedSearch } : {}),
        ...(list.filter.kind ? { kinds: [list.filter.kind] } : {}),
      },
    },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.networks;
  const nodes = page?.nodes ?? [];
  return (
    <ListPage
      title={t('nav.networks')}
      newPath="/networks/new"
      newLabel={t('coordination.network.new')}
      search={list.search}
      onSearch={list.setSearch}
      filters={
        <Select
          aria-label={t('fields.kind')}
          placeholder={t('fields.kind')}
          data={NETWORK_KINDS.map((k) => ({ value: k, label: t(`networkKind.${k}`) }))}
          value={list.filter.kind}
          onChange={(v) => list.setFilter({ kind: v })}
          clearable
          w={200}
        />
      }
      head={
        <Table.Tr>
          <SortHeader label={t('fields.name')} field="NAME" sort={list.sort} onSort={list.toggleSort} />
          <SortHeader label={t('fields.kind')} field="KIND" sort={list.sort} onSort={list.toggleSort} />
          <Table.Th>{t('fields.members')}</Table.Th>
          <Table.Th>{t('fields.municipality')}</Table.Th>
          <SortHeader label={t('fields.startedOn')} field="STARTED_ON" sort={list.sort} onSort={list.toggleSort} />
        </Table.Tr>
      }
      rows={nodes.map((n) => (
        <Table.Tr key={n.id}>
          <Table.Td>
            <Anchor component={Link} to={`/networks/${n.id}`}>
              {n.name}
            </Anchor>
          </Table.Td>
          <Table.Td>{t(`networkKind.${n.kind}`)}</Table.Td>
          <Table.Td>{n.memberCount}</Table.Td>
          <Table.Td>{n.municipalityName ?? '–'}</Table.Td>
          <Table.Td>{n.startedOn ?? '–'}</Table.Td>
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
