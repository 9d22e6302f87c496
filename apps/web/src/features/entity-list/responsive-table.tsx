import { Stack, Table, VisuallyHidden } from '@mantine/core';
import { usePhone } from '../../lib/use-phone';
import { CardList } from './card-list';
import type { Column, ListSort } from './columns';
import { SortHeader } from './sort-header';
import { SortPicker } from './sort-picker';

interface Props<N, F extends string> {
  columns: readonly Column<N, F>[];
  rows: readonly N[];
  rowKey?: (row: N) => string;
  /** The list's sort, for the columns that sort it. */
  list?: ListSort<F>;
  /** The table's narrowest width; a narrower screen (not a phone) scrolls the table, not the page. */
  minWidth?: number;
  /** The level of a card's heading on a phone (the page's heading is 1). */
  headingOrder?: 2 | 3;
  striped?: boolean;
  highlightOnHover?: boolean;
}

const byId = (row: unknown) => (row as { id: string }).id;

/**
 * A list's rows as a table on a wide screen and as cards on a phone, from one set of columns:
 * every list says what its columns are once, and reads well at 390 px without sideways scrolling.
 */
export function ResponsiveTable<N, F extends string = string>({
  columns,
  rows,
  rowKey = byId,
  list,
  minWidth = 700,
  headingOrder = 2,
  striped = true,
  highlightOnHover = true,
}: Props<N, F>) {
  const phone = usePhone();
  if (phone) {
    return (
      <Stack gap="sm">
        {list ? <SortPicker columns={columns} list={list} /> : null}
        <CardList columns={columns} rows={rows} rowKey={rowKey} headingOrder={headingOrder} />
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped={striped} highlightOnHover={highlightOnHover} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) =>
              column.sortField && list ? (
                <SortHeader key={column.key} label={column.label} field={column.sortField} list={list} />
              ) : (
                <Table.Th key={column.key}>{column.labelHidden ? <VisuallyHidden>{column.label}</VisuallyHidden> : column.label}</Table.Th>
              ),
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)}>
              {columns.map((column) => (
                <Table.Td key={column.key} maw={column.maxWidth} style={column.nowrap ? { whiteSpace: 'nowrap' } : undefined}>
                  {column.cell(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
