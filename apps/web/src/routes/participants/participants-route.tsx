import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Select, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PARTICIPANT_STATUSES, type ParticipantStatus } from '@brobygger/domain';
import { graphql } from '../../gql';
import type { PersonSortField } from '../../gql/graphql';
import { ListPage } from '../../features/entity-list/list-page';
import { SortHeader } from '../../features/entity-list/sort-header';
import { PAGE_SIZE, useListState } from '../../features/entity-list/use-list-state';

const ParticipantsRouteQuery = graphql(`
  query ParticipantsRouteQuery($first: Int, $after: String, $filter: PersonFilter, $orderBy: PersonOrder) {
    people(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        since
        participant {
          status
          municipalityName
          hoursPerWeek
        }
      }
    }
  }
`);

export function ParticipantsRoute() {
  const { t } = useTranslation();
  const list = useListState<PersonSortField, { status: ParticipantStatus | null }>(
    { field: 'NAME', direction: 'ASC' },
    { status: null },
  );
  const { data, previousData, loading, error, refetch } = useQuery(ParticipantsRouteQuery, {
    variables: {
      first: PAGE_SIZE,
      after: list.after,
      orderBy: list.sort,
      filter: {
        isParticipant: true,
        ...(list.debouncedSearch ? { search: list.debouncedSearch } : {}),
        ...(list.filter.status ? { statuses: [list.filter.status] } : {}),
      },
    },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.people;
  const nodes = page?.nodes ?? [];
  return (
    <ListPage
      title={t('nav.participants')}
      newPath="/people/new?participant=1"
      newLabel={t('participant.new')}
      search={list.search}
      onSearch={list.setSearch}
      filters={
        <Select
          aria-label={t('fields.status')}
          placeholder={t('fields.status')}
          data={PARTICIPANT_STATUSES.map((s) => ({ value: s, label: t(`participantStatus.${s}`) }))}
          value={list.filter.status}
          onChange={(v) => list.setFilter({ status: v })}
          clearable
          w={220}
        />
      }
      head={
        <Table.Tr>
          <SortHeader label={t('fields.name')} field="NAME" sort={list.sort} onSort={list.toggleSort} />
          <Table.Th>{t('fields.status')}</Table.Th>
          <Table.Th>{t('fields.municipality')}</Table.Th>
          <Table.Th>{t('fields.hoursPerWeek')}</Table.Th>
          <SortHeader label={t('fields.since')} field="SINCE" sort={list.sort} onSort={list.toggleSort} />
        </Table.Tr>
      }
      rows={nodes.map((p) => (
        <Table.Tr key={p.id}>
          <Table.Td>
            <Anchor component={Link} to={`/participants/${p.id}`}>
              {p.name}
            </Anchor>
          </Table.Td>
          <Table.Td>
            {p.participant ? <Badge variant="light">{t(`participantStatus.${p.participant.status}`)}</Badge> : '–'}
          </Table.Td>
          <Table.Td>{p.participant?.municipalityName ?? '–'}</Table.Td>
          <Table.Td>{p.participant?.hoursPerWeek ?? '–'}</Table.Td>
          <Table.Td>{p.since ?? '–'}</Table.Td>
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
