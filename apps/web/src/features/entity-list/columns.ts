import type { ReactNode } from 'react';
import type { SortState } from './list-params';

/**
 * One column of a list: a table column on a wide screen, a "label: value" line of each card on
 * a phone. The first column names the row: a card's heading.
 */
export interface Column<N, F extends string = string> {
  key: string;
  /** The header's words, and the card's label for the value. */
  label: string;
  /** The sort field behind the header, when the column sorts the list. */
  sortField?: F;
  /** The header is for screen readers only (actions): on a card the cell stands without a label. */
  labelHidden?: boolean;
  cell: (row: N) => ReactNode;
  /** Keeps the cell on one line in the table (dates, times). */
  nowrap?: boolean;
  /** The widest the cell may grow in the table (long texts). */
  maxWidth?: number;
}

/** The sort of a list and how to change it; a list from useListPage or useListState holds both. */
export interface ListSort<F extends string> {
  sort: SortState<F>;
  toggleSort: (field: F) => void;
}
