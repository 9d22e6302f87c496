import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NETWORK_KINDS, type NetworkKind } from '@brobygger/domain';
import { graphql } from '../../gql';
import type { NetworkSortField } from '../../gql/graphql';
import { ArchivedBadge } from '../../features/archive/archive-actions';
import { FilterSelect } from '../../features/entity-list/filter-select';
import { ListPage } from '../../features/entity-list/list-page';
import type { ListSpec } from '../../features/entity-list/list-params';
import { SortHeader } from '../../features/entity-list/sort-header';
import { useListPage } from '../../features/entity-list/use-list-page';

const NetworksRouteQuery = graphql(`
  query NetworksRouteQuery(
    $first: Int
    $after: String
    $filter: NetworkFilter
    $orderBy: NetworkOrder
  ) {
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
        archivedAt
      }
    }
  }
`);

const SPEC: ListSpec<NetworkSortField, { kind: NetworkKind | null }> = {
  sortFields: ['NAME', 'KIND', 'STARTED_ON', 'CREATED_AT'],
  defaultSort: { field: 'NAME', direction: 'ASC' },
  filters: { kind: NETWORK_KINDS },
};

export function NetworksRoute() {
  const { t } = useTranslation();
  const list = useListPage({
    spec: SPEC,
    query: NetworksRouteQuery,
    connection: (data) => data.networks,
    filter: ({ filter }) => (filter.kind ? { kinds: [filter.kind] } : {}),
    export: { list: 'networks', filters: ['kind'] },
  });
  return (
    <ListPage
      {...list.frame}
      title={t('nav.networks')}
      newPath="/networks/new"
      newLabel={t('coordination.network.new')}
      filters={
        <FilterSelect
          list={list}
          name="kind"
          label={t('fields.kind')}
          word={(k) => t(`networkKind.${k}`)}
          w={200}
        />
      }
      head={
        <Table.Tr>
          <SortHeader label={t('fields.name')} field="NAME" list={list} />
          <SortHeader label={t('fields.kind')} field="KIND" list={list} />
          <Table.Th>{t('fields.members')}</Table.Th>
          <Table.Th>{t('fields.municipality')}</Table.Th>
          <SortHeader label={t('fields.startedOn')} field="STARTED_ON" list={list} />
        </Table.Tr>
      }
      rows={list.nodes.map((n) => (
        <Table.Tr key={n.id}>
          <Table.Td>
            <Anchor component={Link} to={`/networks/${n.id}`}>
              {n.name}
            </Anchor>{' '}
            <ArchivedBadge archivedAt={n.archivedAt} />
          </Table.Td>
          <Table.Td>{t(`networkKind.${n.kind}`)}</Table.Td>
          <Table.Td>{n.memberCount}</Table.Td>
          <Table.Td>{n.municipalityName ?? '–'}</Table.Td>
          <Table.Td>{n.startedOn ?? '–'}</Table.Td>
        </Table.Tr>
      ))}
    />
  );
}
