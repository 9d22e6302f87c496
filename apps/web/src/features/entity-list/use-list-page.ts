import { useQuery } from '@apollo/client/react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  exportHref,
  nextPage,
  pagingFor,
  previousPage,
  readListParams,
  toggledSort,
  writeListParams,
  type FilterState,
  type ListParams,
  type ListSpec,
  type Paging,
  type SortState,
} from './list-params';
import { PAGE_SIZE } from './use-list-state';

/** What every list query returns (DESIGN.md, "Names others rely on": cursor pagination). */
export interface ListConnection<N> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: N[];
}

/** The variables every list query takes; `filter` is the entity's own input type. */
export interface ListVariables<F extends string, I> {
  first?: number | null;
  after?: string | null;
  filter?: I | null;
  orderBy?: { field: F; direction?: 'ASC' | 'DESC' | null } | null;
}

export interface ListPageOptions<F extends string, X extends FilterState, I, D, N> {
  spec: ListSpec<F, X>;
  query: TypedDocumentNode<D, ListVariables<F, I>>;
  /** The list in the query's answer. */
  connection: (data: D) => ListConnection<N>;
  /** The API filter of the state (search and `archived` are added here). */
  filter: (state: ListParams<F, X>) => I;
  /** The CSV export of this list (GET /export/<name>.csv) and the filters it knows; none when absent. */
  export?: { list: string; filters: readonly (keyof X & string)[] };
}

const SEARCH_DEBOUNCE_MS = 250;

/**
 * The wiring every workspace list shares: search (debounced), filters, sort and "show archived"
 * in the URL; cursor paging; the query; loading, error and empty states; the CSV export. Spread
 * `frame` onto ListPage, and build the head and rows from `sort`, `toggleSort` and `nodes`.
 */
export function useListPage<F extends string, X extends FilterState, I, D, N>(
  options: ListPageOptions<F, X, I, D, N>,
) {
  const { spec } = options;
  const { i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readListParams(params, spec), [params, spec]);
  const update = (change: Partial<ListParams<F, X>>, replace = false) =>
    setParams(
      (current) => writeListParams({ ...readListParams(current, spec), ...change }, spec, current),
      { replace },
    );

  // The box holds what is typed; the URL (and the query) get it once typing pauses.
  const [text, setText] = useState(state.search);
  const [debounced] = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  const written = useRef(state.search);
  // `update` is rebuilt every render; the debounced text alone decides when to write.
  useEffect(() => {
    if (debounced === written.current) return;
    written.current = debounced;
    update({ search: debounced }, true);
  }, [debounced]);
  // Back and forward change the URL under the box: the box follows.
  useEffect(() => {
    if (state.search === written.current) return;
    written.current = state.search;
    setText(state.search);
  }, [state.search]);

  const key = writeListParams(state, spec).toString();
  const [storedPaging, setPaging] = useState<Paging>({ key, cursors: [null] });
  const paging = pagingFor(storedPaging, key);
  const after = paging.cursors[paging.cursors.length - 1] ?? null;

  const { data, previousData, loading, error, refetch } = useQuery(options.query, {
    variables: {
      first: PAGE_SIZE,
      after,
      orderBy: state.sort,
      filter: {
        ...options.filter(state),
        ...(state.search ? { search: state.search } : {}),
        ...(state.archived ? { archived: true } : {}),
      },
    },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const page = shown ? options.connection(shown) : undefined;
  const nodes = page?.nodes ?? [];

  return {
    spec,
    state,
    nodes,
    sort: state.sort,
    toggleSort: (field: F) => update({ sort: toggledSort(state.sort, field) }),
    filter: state.filter,
    setFilter: (change: Partial<X>) => update({ filter: { ...state.filter, ...change } }),
    /** The props ListPage takes from the list; the route adds title, filters, head and rows. */
    frame: {
      search: text,
      onSearch: setText,
      archived: state.archived,
      onArchived: (archived: boolean) => update({ archived }),
      exportHref: options.export
        ? exportHref(options.export.list, state, options.export.filters, i18n.language)
        : undefined,
      count: nodes.length,
      totalCount: page?.totalCount ?? 0,
      hasNextPage: page?.pageInfo.hasNextPage ?? false,
      page: paging.cursors.length - 1,
      onPrevious: () => setPaging(previousPage(paging)),
      onNext: () => setPaging(nextPage(paging, page?.pageInfo.endCursor)),
      loading,
      error,
      onRetry: () => void refetch(),
    },
  };
}

export type { SortState };
