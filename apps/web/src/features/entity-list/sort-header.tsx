import { Group, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import type { SortState } from './use-list-state';

type Props<F extends string> = { label: string; field: F } & (
  | { sort: SortState<F>; onSort: (field: F) => void }
  /** A list from useListPage, which holds both. */
  | { list: { sort: SortState<F>; toggleSort: (field: F) => void } }
);

/** A column header that sorts the list; announces its order to screen readers. */
export function SortHeader<F extends string>(props: Props<F>) {
  const { label, field } = props;
  const sort = 'list' in props ? props.list.sort : props.sort;
  const onSort = 'list' in props ? props.list.toggleSort : props.onSort;
  const active = sort.field === field;
  const Icon = !active ? IconSelector : sort.direction === 'ASC' ? IconChevronUp : IconChevronDown;
  return (
    <Table.Th aria-sort={active ? (sort.direction === 'ASC' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton onClick={() => onSort(field)}>
        <Group gap={4} wrap="nowrap">
          <Text fw={600} size="sm">
            {label}
          </Text>
          <Icon size={14} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
