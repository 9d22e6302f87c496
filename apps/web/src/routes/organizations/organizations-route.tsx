import { useQuery } from '@apollo/client/react';
import { Anchor, Select, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ORGANIZATION_KINDS, SECTORS, formatOrgNumber, type OrganizationKind, type Sector } from '@brobygger/domain';
import { graphql } from '../../gql';
import type { OrganizationSortField } from '../../gql/graphql';
import { ListPage } from '../../features/entity-list/list-page';
import { SectorBadge } from '../../features/entity-list/sector-badge';
import { SortHeader } from '../../features/entity-list/sort-header';
import { PAGE_SIZE, useListState } from '../../features/entity-list/use-list-state';

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
      }
    }
  }
`);

export function OrganizationsRoute() {
  const { t } = useTranslation();
  const list = useListState<OrganizationSortField, { sector: Sector | null; kind: OrganizationKind | null }>(
    { field: 'NAME', direction: 'ASC' },
    { sector: null, kind: null },
  );
  const { data, previousData, loading, error, refetch } = useQuery(OrganizationsRouteQuery, {
    variables: {
      first: PAGE_SIZE,
      after: list.after,
      orderBy: list.sort,
      filter: {
        ...(list.debouncedSearch ? { search: list.debouncedSearch } : {}),
        ...(list.filter.sector ? { sectors: [list.filter.sector] } : {}),
        ...(list.filter.kind ? { kinds: [list.filter.kind] } : {}),
      },
    },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.organizations;
  const nodes = page?.nodes ?? [];
  return (
    <ListPage
      title={t('nav.organizations')}
      newPath="/organizations/new"
      newLabel={t('organization.new')}
      search={list.search}
      onSearch={list.setSearch}
      filters={
        <>
          <Select
            aria-label={t('fields.sector')}
            placeholder={t('fields.sector')}
            data={SECTORS.map((s) => ({ value: s, label: t(`sector.${s}`) }))}
            value={list.filter.sector}
            onChange={(v) => list.setFilter({ ...list.filter, sector: v })}
            clearable
            w={170}
          />
          <Select
            aria-label={t('fields.kind')}
            placeholder={t('fields.kind')}
            data={ORGANIZATION_KINDS.map((k) => ({ value: k, label: t(`orgKind.${k}`) }))}
            value={list.filter.kind}
            onChange={(v) => list.setFilter({ ...list.filter, kind: v })}
            clearable
            w={190}
          />
        </>
      }
      head={
        <Table.Tr>
          <SortHeader label={t('fields.name')} field="NAME" sort={list.sort} onSort={list.toggleSort} />
          <Table.Th>{t('fields.orgNumber')}</Table.Th>
          <SortHeader label={t('fields.sector')} field="SECTOR" sort={list.sort} onSort={list.toggleSort} />
          <SortHeader label={t('fields.kind')} field="KIND" sort={list.sort} onSort={list.toggleSort} />
          <SortHeader label={t('fields.municipality')} field="MUNICIPALITY" sort={list.sort} onSort={list.toggleSort} />
        </Table.Tr>
      }
      rows={nodes.map((o) => (
        <Table.Tr key={o.id}>
          <Table.Td>
            <Anchor component={Link} to={`/organizations/${o.id}`}>
              {o.name}
            </Anchor>
          </Table.Td>
          <Table.Td>{o.orgNumber ? formatOrgNumber(o.orgNumber) : '–'}</Table.Td>
          <Table.Td>
            <SectorBadge sector={o.sector} />
          </Table.Td>
          <Table.Td>{t(`orgKind.${o.kind}`)}</Table.Td>
          <Table.Td>{o.municipalityName ?? '–'}</Table.Td>
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
