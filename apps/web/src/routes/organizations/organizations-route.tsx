import { useTranslation } from 'react-i18next';
import {
  ORGANIZATION_KINDS,
  SECTORS,
  formatOrgNumber,
  type OrganizationKind,
  type Sector,
} from '@brobygger/domain';
import { graphql } from '../../gql';
import type { OrganizationSortField } from '../../gql/graphql';
import { FilterSelect } from '../../features/entity-list/filter-select';
import { linkColumn } from '../../features/entity-list/link-column';
import { ListPage } from '../../features/entity-list/list-page';
import type { ListSpec } from '../../features/entity-list/list-params';
import { SectorBadge } from '../../features/entity-list/sector-badge';
import { useListPage } from '../../features/entity-list/use-list-page';

const OrganizationsRouteQuery = graphql(`
  query OrganizationsRouteQuery(
    $first: Int
    $after: String
    $filter: OrganizationFilter
    $orderBy: OrganizationOrder
  ) {
    organizations(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        orgNumber
        sector
        kind
        municipalityName
        archivedAt
      }
    }
  }
`);

const SPEC: ListSpec<
  OrganizationSortField,
  { sector: Sector | null; kind: OrganizationKind | null }
> = {
  sortFields: ['NAME', 'SECTOR', 'KIND', 'MUNICIPALITY', 'CREATED_AT'],
  defaultSort: { field: 'NAME', direction: 'ASC' },
  filters: { sector: SECTORS, kind: ORGANIZATION_KINDS },
};

export function OrganizationsRoute() {
  const { t } = useTranslation();
  const list = useListPage({
    spec: SPEC,
    query: OrganizationsRouteQuery,
    connection: (data) => data.organizations,
    filter: ({ filter }) => ({
      ...(filter.sector ? { sectors: [filter.sector] } : {}),
      ...(filter.kind ? { kinds: [filter.kind] } : {}),
    }),
    export: { list: 'organizations', filters: ['sector', 'kind'] },
  });
  return (
    <ListPage
      {...list.frame}
      title={t('nav.organizations')}
      newPath="/organizations/new"
      newLabel={t('organization.new')}
      filters={
        <>
          <FilterSelect
            list={list}
            name="sector"
            label={t('fields.sector')}
            word={(s) => t(`sector.${s}`)}
            w={170}
          />
          <FilterSelect
            list={list}
            name="kind"
            label={t('fields.kind')}
            word={(k) => t(`orgKind.${k}`)}
            w={190}
          />
        </>
      }
      list={list}
      rows={list.nodes}
      columns={[
        linkColumn<(typeof list.nodes)[number], OrganizationSortField>({
          key: 'name',
          label: t('fields.name'),
          sortField: 'NAME',
          to: (o) => `/organizations/${o.id}`,
          text: (o) => o.name,
          archivedAt: (o) => o.archivedAt,
        }),
        { key: 'orgNumber', label: t('fields.orgNumber'), cell: (o) => (o.orgNumber ? formatOrgNumber(o.orgNumber) : '–') },
        { key: 'sector', label: t('fields.sector'), sortField: 'SECTOR', cell: (o) => <SectorBadge sector={o.sector} /> },
        { key: 'kind', label: t('fields.kind'), sortField: 'KIND', cell: (o) => t(`orgKind.${o.kind}`) },
        { key: 'municipality', label: t('fields.municipality'), sortField: 'MUNICIPALITY', cell: (o) => o.municipalityName ?? '–' },
      ]}
    />
  );
}
