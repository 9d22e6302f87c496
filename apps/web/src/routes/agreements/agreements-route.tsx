import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Select, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AGREEMENT_STATUSES, type AgreementStatus } from '@brobygger/domain';
import { graphql } from '../../gql';
import type { AgreementSortField } from '../../gql/graphql';
import { StatusBadge } from '../../features/agreement/status-badge';
import { ThreeSectorBadge } from '../../features/agreement/three-sector-badge';
import { ListPage } from '../../features/entity-list/list-page';
import { PAGE_SIZE, useListState } from '../../features/entity-list/use-list-state';
import { agreementTitle } from '../../features/agreement/agreement-title';
import { useViewer } from '../../features/session/viewer-context';
import { formatDate } from '../../lib/format';
import { formatNumber } from '../../lib/numbers';

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

/** The agreements list: every agreement for a coordinator, its own organisation's for an employer. */
export function AgreementsRoute() {
  const { t, i18n } = useTranslation();
  const viewer = useViewer();
  // Only a coordinator drafts agreements; the API refuses an employer's createAgreement.
  const drafts = viewer.role === 'COORDINATOR';
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
      newPath={drafts ? '/agreements/new' : undefined}
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
      list={list}
      rows={nodes}
      columns={[
        {
          key: 'title',
          label: t('fields.title'),
          sortField: 'TITLE',
          cell: (a) => (
            <>
              <Anchor component={Link} to={`/agreements/${a.id}`}>
                {agreementTitle(a, t)}
              </Anchor>{' '}
              {a.threeSector ? <ThreeSectorBadge size="xs" /> : null}
            </>
          ),
        },
        { key: 'kind', label: t('fields.kind'), cell: (a) => t(`agreementKind.${a.kind}`) },
        { key: 'status', label: t('fields.status'), sortField: 'STATUS', cell: (a) => <StatusBadge status={a.status} /> },
        {
          key: 'parties',
          label: t('agreement.parties'),
          cell: (a) => <Badge variant="default">{formatNumber(a.parties.length, i18n.language)}</Badge>,
        },
        { key: 'startDate', label: t('fields.startDate'), sortField: 'START_DATE', nowrap: true, cell: (a) => formatDate(a.startDate, i18n.language) },
      ]}
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
