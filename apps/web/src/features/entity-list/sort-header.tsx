import { Group, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import type { SortState } from './use-list-state';

/** A column header that sorts the list; announces its order to screen readers. */
export function SortHeader<F extends string>({
  label,
  field,
  sort,
  onSort,
}: {
  label: string;
  field: F;
  sort: SortState<F>;
  onSort: (field: F) => void;
}) {
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
