import { useTranslation } from 'react-i18next';
import { NETWORK_KINDS, type NetworkKind } from '@brobygger/domain';
import { graphql } from '../../gql';
import type { NetworkSortField } from '../../gql/graphql';
import { FilterSelect } from '../../features/entity-list/filter-select';
import { linkColumn } from '../../features/entity-list/link-column';
import { ListPage } from '../../features/entity-list/list-page';
import type { ListSpec } from '../../features/entity-list/list-params';
import { useListPage } from '../../features/entity-list/use-list-page';
import { formatDate } from '../../lib/format';
import { formatNumber } from '../../lib/numbers';

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
  const { t, i18n } = useTranslation();
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
      list={list}
      rows={list.nodes}
      columns={[
        linkColumn<(typeof list.nodes)[number], NetworkSortField>({
          key: 'name',
          label: t('fields.name'),
          sortField: 'NAME',
          to: (n) => `/networks/${n.id}`,
          text: (n) => n.name,
          archivedAt: (n) => n.archivedAt,
        }),
        { key: 'kind', label: t('fields.kind'), sortField: 'KIND', cell: (n) => t(`networkKind.${n.kind}`) },
        { key: 'members', label: t('fields.members'), cell: (n) => formatNumber(n.memberCount, i18n.language) },
        { key: 'municipality', label: t('fields.municipality'), cell: (n) => n.municipalityName ?? '–' },
        { key: 'startedOn', label: t('fields.startedOn'), sortField: 'STARTED_ON', nowrap: true, cell: (n) => formatDate(n.startedOn, i18n.language) },
      ]}
    />
  );
}
