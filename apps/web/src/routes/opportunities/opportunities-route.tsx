import { Anchor, Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OPPORTUNITY_STATUSES, type OpportunityStatus } from '@brobygger/domain';
import { graphql } from '../../gql';
import type { OpportunitySortField } from '../../gql/graphql';
import { ArchivedBadge } from '../../features/archive/archive-actions';
import { FilterSelect } from '../../features/entity-list/filter-select';
import { ListPage } from '../../features/entity-list/list-page';
import type { ListSpec } from '../../features/entity-list/list-params';
import { SortHeader } from '../../features/entity-list/sort-header';
import { useListPage } from '../../features/entity-list/use-list-page';

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
  const { t } = useTranslation();
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
      head={
        <Table.Tr>
          <SortHeader label={t('fields.title')} field="TITLE" list={list} />
          <Table.Th>{t('fields.organization')}</Table.Th>
          <Table.Th>{t('fields.kind')}</Table.Th>
          <SortHeader label={t('fields.status')} field="STATUS" list={list} />
          <Table.Th>{t('fields.hoursPerWeek')}</Table.Th>
          <Table.Th>{t('fields.municipality')}</Table.Th>
        </Table.Tr>
      }
      rows={list.nodes.map((o) => (
        <Table.Tr key={o.id}>
          <Table.Td>
            <Anchor component={Link} to={`/opportunities/${o.id}`}>
              {o.title}
            </Anchor>{' '}
            <ArchivedBadge archivedAt={o.archivedAt} />
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
    />
  );
}
