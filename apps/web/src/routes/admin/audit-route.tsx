import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '@brobygger/domain';
import { graphql } from '../../gql';
import { AccountSelect } from '../../features/accounts/account-select';
import { DateField } from '../../features/pickers/date-field';
import { ListPanel } from '../../features/entity-list/list-panel';
import { Pager } from '../../features/entity-list/pager';
import { ResponsiveTable } from '../../features/entity-list/responsive-table';
import { PAGE_SIZE, useListState } from '../../features/entity-list/use-list-state';
import { EmptyState } from '../../features/states/empty-state';
import { ErrorState } from '../../features/states/error-state';
import { LoadingState } from '../../features/states/loading-state';
import { endOfDayIso, formatDateTime, startOfDayIso } from '../../features/accounts/date-time';
import { usePhone } from '../../lib/use-phone';

const AuditRouteQuery = graphql(`
  query AuditRouteQuery($first: Int, $after: String, $filter: AuditEventFilter) {
    auditEvents(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        at
        role
        action
        entityType
        entityId
        entityName
        aboutParticipant
        onBehalf
        user {
          id
          email
        }
      }
    }
  }
`);

/** A value of the log's vocabulary in the reader's words; a value this app does not know, as recorded. */
function wordOf(t: (key: string, options: { defaultValue: string }) => string, vocabulary: string, value: string): string {
  return t(`${vocabulary}.${value}`, { defaultValue: value });
}

interface AuditFilterState {
  userId: string | null;
  userEmail: string | null;
  entityType: string;
  entityId: string;
  action: string;
  from: string;
  to: string;
}

const NO_FILTER: AuditFilterState = { userId: null, userEmail: null, entityType: '', entityId: '', action: '', from: '', to: '' };

/** The audit log, newest first: who read or changed what, when, and on whose behalf. */
export function AuditRoute() {
  const { t, i18n } = useTranslation();
  const phone = usePhone();
  const actionOptions = AUDIT_ACTIONS.map((value) => ({ value, label: wordOf(t, 'auditAction', value) }));
  const entityOptions = AUDIT_ENTITY_TYPES.map((value) => ({ value, label: wordOf(t, 'auditEntity', value) }));
  const list = useListState<'AT', AuditFilterState>({ field: 'AT', direction: 'DESC' }, NO_FILTER);
  const f = list.filter;
  const set = (patch: Partial<AuditFilterState>) => list.setFilter({ ...f, ...patch });
  // Typed filters wait for a pause in typing; debounced as one string so the value is stable.
  const [typedKey] = useDebouncedValue(JSON.stringify([f.entityType.trim(), f.entityId.trim(), f.action.trim()]), 250);
  const [entityType, entityId, action] = JSON.parse(typedKey) as [string, string, string];
  const typed = { entityType, entityId, action };
  const { data, previousData, loading, error, refetch } = useQuery(AuditRouteQuery, {
    variables: {
      first: PAGE_SIZE,
      after: list.after,
      filter: {
        ...(f.userId ? { userId: f.userId } : {}),
        ...(typed.entityType ? { entityType: typed.entityType } : {}),
        ...(typed.entityId ? { entityId: typed.entityId } : {}),
        ...(typed.action ? { action: typed.action } : {}),
        ...(f.from ? { from: startOfDayIso(f.from) } : {}),
        ...(f.to ? { to: endOfDayIso(f.to) } : {}),
      },
    },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.auditEvents;
  const nodes = page?.nodes ?? [];
  const filtered = JSON.stringify(f) !== JSON.stringify(NO_FILTER);

  const body = (() => {
    if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
    if (loading && nodes.length === 0) return <LoadingState />;
    if (nodes.length === 0) return <EmptyState title={t('list.empty')} />;
    return (
      <ResponsiveTable
        minWidth={900}
        rows={nodes}
        columns={[
          { key: 'at', label: t('admin.audit.at'), nowrap: true, cell: (e) => formatDateTime(e.at, i18n.language) },
          {
            key: 'who',
            label: t('admin.audit.who'),
            cell: (e) =>
              e.user ? (
                <Anchor
                  component="button"
                  size="sm"
                  title={t('admin.audit.filterByUser', { email: e.user.email })}
                  onClick={() => set({ userId: e.user!.id, userEmail: e.user!.email })}
                  // break-word, not anywhere: the column is as wide as the whole address, and only a
                  // phone's narrow card breaks an address longer than the line.
                  style={{ overflowWrap: 'break-word', textAlign: 'start' }}
                >
                  {e.user.email}
                </Anchor>
              ) : (
                <Text size="sm" c="dimmed" span>
                  {t('admin.audit.unknownUser')}
                </Text>
              ),
          },
          { key: 'role', label: t('admin.role'), cell: (e) => (e.role ? t(`roles.${e.role}`) : '–') },
          {
            key: 'action',
            label: t('admin.audit.action'),
            cell: (e) => (
              // A badge shrinks with its column and cuts its words ("Logge…"): whole in the table; on
              // a phone's narrow card a long one ("Account password set by someone else") wraps instead.
              <Badge
                variant="light"
                color={e.action === 'read' ? 'gray' : 'blue'}
                tt="none"
                miw={phone ? undefined : 'max-content'}
                h={phone ? 'auto' : undefined}
                styles={phone ? { label: { whiteSpace: 'normal', textAlign: 'start' } } : undefined}
              >
                {wordOf(t, 'auditAction', e.action)}
              </Badge>
            ),
          },
          {
            key: 'entity',
            label: t('admin.audit.entity'),
            cell: (e) => (
              <>
                <Text size="sm" span>
                  {wordOf(t, 'auditEntity', e.entityType)}
                  {e.entityName ? ': ' : e.aboutParticipant ? `: ${t('admin.audit.aParticipant')}` : ''}
                </Text>
                {e.entityName ? (
                  <Text size="sm" span fw={500}>
                    {e.entityName}
                  </Text>
                ) : null}{' '}
                {e.entityId ? (
                  <Anchor
                    component="button"
                    size="xs"
                    title={t('admin.audit.filterByEntity', { id: e.entityId })}
                    onClick={() => set({ entityId: e.entityId ?? '' })}
                  >
                    {t('admin.audit.onlyThis')}
                  </Anchor>
                ) : null}
              </>
            ),
          },
          {
            key: 'onBehalf',
            label: t('admin.audit.onBehalf'),
            cell: (e) => (e.onBehalf ? <Badge color="orange">{t('common.yes')}</Badge> : '–'),
          },
        ]}
      />
    );
  })();

  return (
    <Stack gap="sm">
      <Title order={1} size="h2">
        {t('admin.audit.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('admin.audit.intro')}
      </Text>
      <Group gap="sm" align="flex-end">
        <AccountSelect
          label={t('admin.audit.account')}
          value={f.userId}
          valueLabel={f.userEmail}
          onChange={(userId, userEmail) => set({ userId, userEmail })}
          w={240}
        />
        <Select
          aria-label={t('admin.audit.entityType')}
          placeholder={t('admin.audit.entityType')}
          data={entityOptions}
          value={f.entityType || null}
          onChange={(entityType) => set({ entityType: entityType ?? '' })}
          searchable
          clearable
          w={200}
        />
        <TextInput
          aria-label={t('admin.audit.entityId')}
          placeholder={t('admin.audit.entityId')}
          value={f.entityId}
          onChange={(e) => set({ entityId: e.currentTarget.value })}
          w={170}
        />
        <Select
          aria-label={t('admin.audit.action')}
          placeholder={t('admin.audit.action')}
          data={actionOptions}
          value={f.action || null}
          onChange={(action) => set({ action: action ?? '' })}
          searchable
          clearable
          w={200}
        />
        <DateField label={t('admin.audit.from')} value={f.from} onChange={(from) => set({ from })} w={150} />
        <DateField label={t('admin.audit.to')} value={f.to} onChange={(to) => set({ to })} w={150} />
        {filtered ? (
          <Button variant="subtle" onClick={() => list.setFilter(NO_FILTER)}>
            {t('admin.audit.clear')}
          </Button>
        ) : null}
      </Group>
      <ListPanel>
        {body}
        {nodes.length > 0 && !error ? (
          <Pager
            page={list.page}
            shown={nodes.length}
            totalCount={page?.totalCount ?? 0}
            hasNextPage={page?.pageInfo.hasNextPage ?? false}
            onPrevious={list.previous}
            onNext={() => list.next(page?.pageInfo.endCursor)}
          />
        ) : null}
      </ListPanel>
    </Stack>
  );
}
