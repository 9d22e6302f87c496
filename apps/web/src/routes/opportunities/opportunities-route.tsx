import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Select, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OPPORTUNITY_STATUSES, type OpportunityStatus } from '@brobygger/domain';
import { graphql } from '../../gql';
import type { OpportunitySortField } from '../../gql/graphql';
import { ListPage } from '../../features/entity-list/list-page';
import { SortHeader } from '../../features/entity-list/sort-header';
import { PAGE_SIZE, useListState } from '../../features/entity-list/use-list-state';

const OpportunitiesRouteQuery = graphql(`
  query OpportunitiesRouteQuery(
    $first: Int
    $after: String
    $filter: OpportunityFilter
    $orderBy: OpportunityOrder
  ) {
    opportunities(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        kind
        status
        hoursPerWeek
        municipalityName
        organization {
          id
          name
        }
      }
    }
  }
`);

export function OpportunitiesRoute() {
  const { t } = useTranslation();
  const list = useListState<OpportunitySortField, { status: OpportunityStatus | null }>(
    { field: 'CREATED_AT', direction: 'DESC' },
    { status: null },
  );
  const { data, previousData, loading, error, refetch } = useQuery(OpportunitiesRouteQuery, {
    variables: {
      first: PAGE_SIZE,
      after: list.after,
      orderBy: list.sort,
      filter: {
        ...(list.debouncedSearch ? { search: list.debouncedSearch } : {}),
        ...(list.filter.status ? { statuses: [list.filter.status] } : {}),
      },
    },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.opportunities;
  const nodes = page?.nodes ?? [];
  return (
    <ListPage
      title={t('nav.opportunities')}
      newPath="/opportunities/new"
      newLabel={t('employer.opening.new')}
      search={list.search}
      onSearch={list.setSearch}
      filters={
        <Select
          aria-label={t('fields.status')}
          placeholder={t('fields.status')}
          data={OPPORTUNITY_STATUSES.map((s) => ({ value: s, label: t(`opportunityStatus.${s}`) }))}
          value={list.filter.status}
          onChange={(v) => list.setFilter({ status: v })}
          clearable
          w={180}
        />
      }
      head={
        <Table.Tr>
          <SortHeader label={t('fields.title')} field="TITLE" sort={list.sort} onSort={list.toggleSort} />
          <Table.Th>{t('fields.organization')}</Table.Th>
          <Table.Th>{t('fields.kind')}</Table.Th>
          <SortHeader label={t('fields.status')} field="STATUS" sort={list.sort} onSort={list.toggleSort} />
          <Table.Th>{t('fields.hoursPerWeek')}</Table.Th>
          <Table.Th>{t('fields.municipality')}</Table.Th>
        </Table.Tr>
      }
      rows={nodes.map((o) => (
        <Table.Tr key={o.id}>
          <Table.Td>
            <Anchor component={Link} to={`/opportunities/${o.id}`}>
              {o.title}
            </Anchor>
          </Table.Td>
          <Table.Td>
            <Anchor component={Link} to={`/organizations/${o.organization.id}`}>
              {o.organization.name}
            </Anchor>
          </Table.Td>
          <Table.Td>{t(`opportunityKind.${o.kind}`)}</Table.Td>
          <Table.Td>
            <Badge variant="light">{t(`opportunityStatus.${o.status}`)}</Badge>
          </Table.Td>
          <Table.Td>{o.hoursPerWeek ?? '–'}</Table.Td>
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
