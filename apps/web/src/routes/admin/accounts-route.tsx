import { useQuery } from '@apollo/client/react';
import { ActionIcon, Badge, Select, Tooltip } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '@brobygger/domain';
import { graphql } from '../../gql';
import { EditAccountModal, type EditableAccount } from '../../features/accounts/edit-account-modal';
import { ListPage } from '../../features/entity-list/list-page';
import { PAGE_SIZE, useListState } from '../../features/entity-list/use-list-state';
import { formatDate } from '../../lib/format';

const AccountsRouteQuery = graphql(`
  query AccountsRouteQuery($first: Int, $after: String, $filter: UserFilter) {
    users(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        email
        role
        active
        lastLoginAt
        person {
          id
          name
        }
        organization {
          id
          name
        }
      }
    }
  }
`);

type ActiveFilter = 'true' | 'false' | null;

/** The admin's list of accounts: search by e-mail, filter by role and status, change one. */
export function AccountsRoute() {
  const { t, i18n } = useTranslation();
  const list = useListState<'EMAIL', { role: Role | null; active: ActiveFilter }>(
    { field: 'EMAIL', direction: 'ASC' },
    { role: null, active: null },
  );
  const [editing, setEditing] = useState<EditableAccount | null>(null);
  const { data, previousData, loading, error, refetch } = useQuery(AccountsRouteQuery, {
    variables: {
      first: PAGE_SIZE,
      after: list.after,
      filter: {
        ...(list.debouncedSearch ? { search: list.debouncedSearch } : {}),
        ...(list.filter.role ? { roles: [list.filter.role] } : {}),
        ...(list.filter.active ? { active: list.filter.active === 'true' } : {}),
      },
    },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.users;
  const nodes = page?.nodes ?? [];
  return (
    <>
      <ListPage
        title={t('admin.accounts.title')}
        newPath="/admin/accounts/new"
        newLabel={t('admin.accounts.new')}
        search={list.search}
        onSearch={list.setSearch}
        filters={
          <>
            <Select
              aria-label={t('admin.role')}
              placeholder={t('admin.role')}
              data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
              value={list.filter.role}
              onChange={(v) => list.setFilter({ ...list.filter, role: v })}
              clearable
              w={180}
            />
            <Select
              aria-label={t('admin.status')}
              placeholder={t('admin.status')}
              data={[
                { value: 'true', label: t('admin.accounts.showActive') },
                { value: 'false', label: t('admin.accounts.showInactive') },
              ]}
              value={list.filter.active}
              onChange={(v) => list.setFilter({ ...list.filter, active: v })}
              clearable
              w={160}
            />
          </>
        }
        rows={nodes}
        columns={[
          { key: 'email', label: t('admin.accounts.email'), cell: (u) => u.email },
          { key: 'role', label: t('admin.role'), cell: (u) => t(`roles.${u.role}`) },
          {
            key: 'linkedTo',
            label: t('admin.accounts.linkedTo'),
            cell: (u) => [u.person?.name, u.organization?.name].filter(Boolean).join(' · ') || '–',
          },
          {
            key: 'status',
            label: t('admin.status'),
            cell: (u) => (
              <Badge color={u.active ? 'teal' : 'gray'} variant="light">
                {u.active ? t('admin.active') : t('admin.inactive')}
              </Badge>
            ),
          },
          {
            key: 'lastLogin',
            label: t('admin.accounts.lastLogin'),
            cell: (u) => (u.lastLoginAt ? formatDate(u.lastLoginAt, i18n.language) : t('admin.accounts.never')),
          },
          {
            key: 'edit',
            label: t('actions.edit'),
            labelHidden: true,
            cell: (u) => (
              <Tooltip label={t('admin.accounts.edit', { email: u.email })}>
                <ActionIcon variant="subtle" aria-label={t('admin.accounts.edit', { email: u.email })} onClick={() => setEditing(u)}>
                  <IconPencil size={16} />
                </ActionIcon>
              </Tooltip>
            ),
          },
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
      {editing ? <EditAccountModal account={editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
}
