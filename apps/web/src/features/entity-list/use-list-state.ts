import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { toggledSort, type SortState } from './list-params';

export const PAGE_SIZE = 20;

export type { SortState };

/**
 * Search, sort and cursor paging of a list, kept in memory (the admin's lists; the workspace
 * lists keep theirs in the URL with use-list-page.ts). The cursor stack makes "previous" possible on an
 * API that only pages forward; any change of search, filter or sort starts again at page one.
 */
export function useListState<F extends string, X extends object>(defaultSort: SortState<F>, defaultFilter: X) {
  const [search, setSearchRaw] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [filter, setFilterRaw] = useState<X>(defaultFilter);
  const [sort, setSortRaw] = useState<SortState<F>>(defaultSort);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const reset = () => setCursors([null]);

  return {
    search,
    setSearch: (value: string) => {
      setSearchRaw(value);
      reset();
    },
    debouncedSearch: debounced,
    filter,
    setFilter: (value: X) => {
      setFilterRaw(value);
      reset();
    },
    sort,
    toggleSort: (field: F) => {
      setSortRaw((s) => toggledSort(s, field));
      reset();
    },
    page: cursors.length - 1,
    after: cursors[cursors.length - 1] ?? null,
    next: (endCursor: string | null | undefined) => {
      if (endCursor) setCursors((c) => [...c, endCursor]);
    },
    previous: () => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)),
  };
}
