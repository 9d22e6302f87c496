import { Anchor, Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OPPORTUNITY_STATUSES, type OpportunityStatus } from '@brobygger/domain';
import { graphql } from '../../gql';
import type { OpportunitySortField } from '../../gql/graphql';
import { FilterSelect } from '../../features/entity-list/filter-select';
import { linkColumn } from '../../features/entity-list/link-column';
import { ListPage } from '../../features/entity-list/list-page';
import type { ListSpec } from '../../features/entity-list/list-params';
import { useListPage } from '../../features/entity-list/use-list-page';
import { formatNumber } from '../../lib/numbers';

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
        archivedAt
        organization {
          id
          name
        }
      }
    }
  }
`);

const SPEC: ListSpec<OpportunitySortField, { status: OpportunityStatus | null }> = {
  sortFields: ['TITLE', 'STATUS', 'CREATED_AT'],
  defaultSort: { field: 'CREATED_AT', direction: 'DESC' },
  filters: { status: OPPORTUNITY_STATUSES },
};

export function OpportunitiesRoute() {
  const { t, i18n } = useTranslation();
  const list = useListPage({
    spec: SPEC,
    query: OpportunitiesRouteQuery,
    connection: (data) => data.opportunities,
    filter: ({ filter }) => (filter.status ? { statuses: [filter.status] } : {}),
    export: { list: 'opportunities', filters: ['status'] },
  });
  return (
    <ListPage
      {...list.frame}
      title={t('nav.opportunities')}
      newPath="/opportunities/new"
      newLabel={t('employer.opening.new')}
      filters={
        <FilterSelect
          list={list}
          name="status"
          label={t('fields.status')}
          word={(s) => t(`opportunityStatus.${s}`)}
          w={180}
        />
      }
      list={list}
      rows={list.nodes}
      columns={[
        linkColumn<(typeof list.nodes)[number], OpportunitySortField>({
          key: 'title',
          label: t('fields.title'),
          sortField: 'TITLE',
          to: (o) => `/opportunities/${o.id}`,
          text: (o) => o.title,
          archivedAt: (o) => o.archivedAt,
        }),
        {
          key: 'organization',
          label: t('fields.organization'),
          cell: (o) => (
            <Anchor component={Link} to={`/organizations/${o.organization.id}`}>
              {o.organization.name}
            </Anchor>
          ),
        },
        { key: 'kind', label: t('fields.kind'), cell: (o) => t(`opportunityKind.${o.kind}`) },
        {
          key: 'status',
          label: t('fields.status'),
          sortField: 'STATUS',
          cell: (o) => <Badge variant="light">{t(`opportunityStatus.${o.status}`)}</Badge>,
        },
        { key: 'hours', label: t('fields.hoursPerWeek'), cell: (o) => formatNumber(o.hoursPerWeek, i18n.language) },
        { key: 'municipality', label: t('fields.municipality'), cell: (o) => o.municipalityName ?? '–' },
      ]}
    />
  );
}
