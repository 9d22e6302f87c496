import { Button, Group, Stack, Switch, TextInput, Title } from '@mantine/core';
import { MAX_SEARCH_LENGTH } from '@brobygger/domain';
import { IconDownload, IconPlus, IconSearch } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../states/empty-state';
import { ErrorState } from '../states/error-state';
import { LoadingState } from '../states/loading-state';
import type { Column, ListSort } from './columns';
import { ListPanel } from './list-panel';
import { Pager } from './pager';
import { ResponsiveTable } from './responsive-table';

interface Props<N, F extends string> {
  title: string;
  newPath?: string;
  newLabel?: string;
  search: string;
  onSearch: (value: string) => void;
  filters?: ReactNode;
  /** With `onArchived`: the "show archived" switch (archived records instead of those in use). */
  archived?: boolean;
  onArchived?: (archived: boolean) => void;
  /** The CSV download of what the list shows, when it has one. */
  exportHref?: string | undefined;
  /** What each row shows: table columns, or a card's lines on a phone. */
  columns: readonly Column<N, F>[];
  rows: readonly N[];
  /** The list's sort (useListPage and useListState hold it), for the columns that sort. */
  list?: ListSort<F>;
  count: number;
  totalCount: number;
  hasNextPage: boolean;
  page: number;
  onPrevious: () => void;
  onNext: () => void;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
}

/** The frame every workspace list shares: title, search, filters, table (cards on a phone), states and pager. */
export function ListPage<N extends { id: string }, F extends string>(props: Props<N, F>) {
  const { t } = useTranslation();
  const body = (() => {
    if (props.error) return <ErrorState error={props.error} onRetry={props.onRetry} />;
    if (props.loading && props.count === 0) return <LoadingState />;
    if (props.count === 0)
      return <EmptyState title={t(props.archived ? 'list.noneArchived' : 'list.empty')} />;
    return <ResponsiveTable columns={props.columns} rows={props.rows} list={props.list} />;
  })();
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {props.title}
        </Title>
        <Group gap="xs">
          {props.exportHref ? (
            <Button
              component="a"
              href={props.exportHref}
              download
              variant="default"
              leftSection={<IconDownload size={16} />}
            >
              {t('list.exportCsv')}
            </Button>
          ) : null}
          {props.newPath ? (
            <Button component={Link} to={props.newPath} leftSection={<IconPlus size={16} />}>
              {props.newLabel}
            </Button>
          ) : null}
        </Group>
      </Group>
      <Group gap="sm" align="flex-end">
        <TextInput
          aria-label={t('list.search')}
          placeholder={t('list.search')}
          leftSection={<IconSearch size={16} />}
          value={props.search}
          maxLength={MAX_SEARCH_LENGTH}
          onChange={(e) => props.onSearch(e.currentTarget.value)}
          w={260}
        />
        {props.filters}
        {props.onArchived ? (
          <Switch
            label={t('list.showArchived')}
            checked={props.archived ?? false}
            onChange={(e) => props.onArchived?.(e.currentTarget.checked)}
            mb={6}
          />
        ) : null}
      </Group>
      <ListPanel>
        {body}
        {props.count > 0 && !props.error ? (
          <Pager
            page={props.page}
            shown={props.count}
            totalCount={props.totalCount}
            hasNextPage={props.hasNextPage}
            onPrevious={props.onPrevious}
            onNext={props.onNext}
          />
        ) : null}
      </ListPanel>
    </Stack>
  );
}
