import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Select, Switch, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AGREEMENT_STATUSES, type AgreementStatus } from '@brobygger/domain';
import { graphql } from '../../gql';
import type { AgreementSortField } from '../../gql/graphql';
import { StatusBadge } from '../../features/agreement/status-badge';
import { ThreeSectorBadge } from '../../features/agreement/three-sector-badge';
import { ListPage } from '../../features/entity-list/list-page';
import { SortHeader } from '../../features/entity-list/sort-header';
import { PAGE_SIZE, useListState } from '../../features/entity-list/use-list-state';
import { agreementTitle } from '../../features/agreement/agreement-title';

const AgreementsRouteQuery = graphql(`
  query AgreementsRouteQuery($first: Int, $after: String, $filter: AgreementFilter, $orderBy: AgreementOrder) {
    agreements(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
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
        threeSector
        startDate
        parties {
          id
        }
      }
    }
  }
`);

export function AgreementsRoute() {
  const { t } = useTranslation();
  const list = useListState<AgreementSortField, { status: AgreementStatus | null; threeSector: boolean }>(
    { field: 'CREATED_AT', direction: 'DESC' },
    { status: null, threeSector: false },
  );
  const { data, previousData, loading, error, refetch } = useQuery(AgreementsRouteQuery, {
    variables: {
      first: PAGE_SIZE,
      after: list.after,
      orderBy: list.sort,
      filter: {
        ...(list.debouncedSearch ? { search: list.debouncedSearch } : {}),
        ...(list.filter.status ? { statuses: [list.filter.status] } : {}),
        ...(list.filter.threeSector ? { threeSector: true } : {}),
      },
    },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.agreements;
  const nodes = page?.nodes ?? [];
  return (
    <ListPage
      title={t('nav.agreements')}
      newPath="/agreements/new"
      newLabel={t('agreement.new')}
      search={list.search}
      onSearch={list.setSearch}
      filters={
        <Group gap="sm" align="center">
          <Select
            aria-label={t('fields.status')}
            placeholder={t('fields.status')}
            data={AGREEMENT_STATUSES.map((s) => ({ value: s, label: t(`agreementStatus.${s}`) }))}
            value={list.filter.status}
            onChange={(v) => list.setFilter({ ...list.filter, status: v })}
            clearable
            w={180}
          />
          <Switch
            label={t('agreement.threeSectorOnly')}
            checked={list.filter.threeSector}
            onChange={(e) => list.setFilter({ ...list.filter, threeSector: e.currentTarget.checked })}
          />
        </Group>
      }
      head={
        <Table.Tr>
          <SortHeader label={t('fields.title')} field="TITLE" sort={list.sort} onSort={list.toggleSort} />
          <Table.Th>{t('fields.kind')}</Table.Th>
          <SortHeader label={t('fields.status')} field="STATUS" sort={list.sort} onSort={list.toggleSort} />
          <Table.Th>{t('agreement.parties')}</Table.Th>
          <SortHeader label={t('fields.startDate')} field="START_DATE" sort={list.sort} onSort={list.toggleSort} />
        </Table.Tr>
      }
      rows={nodes.map((a) => (
        <Table.Tr key={a.id}>
          <Table.Td>
            <Anchor component={Link} to={`/agreements/${a.id}`}>
              {agreementTitle(a, t)}
            </Anchor>{' '}
            {a.threeSector ? <ThreeSectorBadge size="xs" /> : null}
          </Table.Td>
          <Table.Td>{t(`agreementKind.${a.kind}`)}</Table.Td>
          <Table.Td>
            <StatusBadge status={a.status} />
          </Table.Td>
          <Table.Td>
            <Badge variant="default">{a.parties.length}</Badge>
          </Table.Td>
          <Table.Td>{a.startDate ?? '–'}</Table.Td>
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
