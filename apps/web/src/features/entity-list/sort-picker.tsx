import { Button, Group, Select } from '@mantine/core';
import { IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Column, ListSort } from './columns';

interface Props<F extends string> {
  columns: readonly Column<never, F>[];
  list: ListSort<F>;
}

/**
 * The column headers' sorting for cards, which have no headers: which column, and which way.
 * A list sorted by something no column shows (newest first) says it is in its usual order.
 */
export function SortPicker<F extends string>({ columns, list }: Props<F>) {
  const { t } = useTranslation();
  const sortable = columns.flatMap((c) => (c.sortField ? [{ value: c.sortField, label: c.label }] : []));
  if (sortable.length === 0) return null;
  const current = sortable.some((s) => s.value === list.sort.field) ? list.sort.field : null;
  const ascending = list.sort.direction === 'ASC';
  const direction = t(ascending ? 'list.ascending' : 'list.descending');
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <Select
        label={t('list.sortBy')}
        placeholder={t('list.usualOrder')}
        data={sortable}
        value={current}
        onChange={(field) => field && list.toggleSort(field)}
        size="sm"
        style={{ flex: 1 }}
      />
      {current ? (
        <Button
          variant="default"
          aria-label={t('list.directionNamed', { direction })}
          leftSection={ascending ? <IconSortAscending size={16} aria-hidden /> : <IconSortDescending size={16} aria-hidden />}
          onClick={() => list.toggleSort(current)}
        >
          {direction}
        </Button>
      ) : null}
    </Group>
  );
}
