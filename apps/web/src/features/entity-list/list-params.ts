/**
 * A list page's state as it stands in the URL (`?q=nav&sector=PUBLIC&sort=KIND&dir=desc&archived=1`),
 * so a list can be bookmarked, shared, reloaded and walked back through. Pure functions: the
 * hook (use-list-page.ts) reads and writes the URL with them.
 */

export interface SortState<F extends string> {
  field: F;
  direction: 'ASC' | 'DESC';
}

/** One choice per filter (a select), or none. */
export type FilterState = Record<string, string | null>;

export interface ListSpec<F extends string, X extends FilterState> {
  /** The fields the list sorts by; a `sort` in the URL outside them is ignored. */
  sortFields: readonly F[];
  defaultSort: SortState<F>;
  /** Each filter's values; a value in the URL outside them is ignored. */
  filters: { readonly [K in keyof X]: readonly NonNullable<X[K]>[] };
}

export interface ListParams<F extends string, X extends FilterState> {
  /** The search as sent to the API (trimmed); the text box may hold more while typing. */
  search: string;
  sort: SortState<F>;
  filter: X;
  /** Archived records instead of those in use. */
  archived: boolean;
}

const SEARCH = 'q';
const SORT = 'sort';
const DIRECTION = 'dir';
const ARCHIVED = 'archived';

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

/** The state the URL holds; whatever is missing or unknown there takes the default. */
export function readListParams<F extends string, X extends FilterState>(
  params: URLSearchParams,
  spec: ListSpec<F, X>,
): ListParams<F, X> {
  const field = oneOf(spec.sortFields, params.get(SORT)) ?? spec.defaultSort.field;
  const dir = params.get(DIRECTION);
  const direction =
    dir === 'asc'
      ? 'ASC'
      : dir === 'desc'
        ? 'DESC'
        : field === spec.defaultSort.field
          ? spec.defaultSort.direction
          : 'ASC';
  const filter = Object.fromEntries(
    Object.entries(spec.filters).map(([key, values]) => [
      key,
      oneOf(values as readonly string[], params.get(key)),
    ]),
  ) as X;
  return {
    search: (params.get(SEARCH) ?? '').trim(),
    sort: { field, direction },
    filter,
    archived: params.get(ARCHIVED) === '1',
  };
}

/**
 * The URL parameters of a state, defaults left out (a plain list has a plain address). Other
 * parameters already in `base` are kept.
 */
export function writeListParams<F extends string, X extends FilterState>(
  state: ListParams<F, X>,
  spec: ListSpec<F, X>,
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const params = new URLSearchParams(base);
  const set = (key: string, value: string | null) =>
    value ? params.set(key, value) : params.delete(key);
  set(SEARCH, state.search.trim() || null);
  const usual = state.sort.field === spec.defaultSort.field;
  set(SORT, usual ? null : state.sort.field);
  set(
    DIRECTION,
    state.sort.direction === (usual ? spec.defaultSort.direction : 'ASC')
      ? null
      : state.sort.direction.toLowerCase(),
  );
  for (const key of Object.keys(spec.filters)) set(key, state.filter[key] ?? null);
  set(ARCHIVED, state.archived ? '1' : null);
  return params;
}

/** A click on a column header: that column ascending, or the other way round when it already sorts. */
export function toggledSort<F extends string>(sort: SortState<F>, field: F): SortState<F> {
  return { field, direction: sort.field === field && sort.direction === 'ASC' ? 'DESC' : 'ASC' };
}

/**
 * The cursor stack behind "previous" on an API that only pages forward. It belongs to one
 * query (`key`): any other search, filter, sort or archive choice starts again at page one.
 */
export interface Paging {
  key: string;
  cursors: (string | null)[];
}

export function pagingFor(paging: Paging, key: string): Paging {
  return paging.key === key ? paging : { key, cursors: [null] };
}

export function nextPage(paging: Paging, endCursor: string | null | undefined): Paging {
  return endCursor ? { ...paging, cursors: [...paging.cursors, endCursor] } : paging;
}

export function previousPage(paging: Paging): Paging {
  return paging.cursors.length > 1 ? { ...paging, cursors: paging.cursors.slice(0, -1) } : paging;
}

/**
 * The CSV download of what the list shows (GET /export/<list>.csv, coordinators only): the same
 * search, the filters the export knows (`exportFilters` names them), in use or archived, worded
 * in the UI language (`lang`).
 */
export function exportHref<F extends string, X extends FilterState>(
  list: string,
  state: ListParams<F, X>,
  exportFilters: readonly (keyof X & string)[],
  language: string = 'nb',
): string {
  const params = new URLSearchParams();
  if (state.search) params.set('search', state.search);
  for (const key of exportFilters) {
    const value = state.filter[key];
    if (value) params.set(key, value);
  }
  params.set('archived', String(state.archived));
  // The file is worded where it is made: headers and labels in the language of the screen.
  params.set('lang', language === 'en' ? 'en' : 'nb');
  return `/export/${list}.csv?${params.toString()}`;
}
