import { describe, expect, it } from 'vitest';
import {
  exportHref,
  nextPage,
  pagingFor,
  previousPage,
  readListParams,
  toggledSort,
  writeListParams,
  type ListParams,
  type ListSpec,
} from './list-params';

type Field = 'NAME' | 'KIND' | 'CREATED_AT';
type Filter = {
  sector: 'BUSINESS' | 'PUBLIC' | 'CIVIL' | null;
  kind: 'COMPANY' | 'NAV_OFFICE' | null;
};

const SPEC: ListSpec<Field, Filter> = {
  sortFields: ['NAME', 'KIND', 'CREATED_AT'],
  defaultSort: { field: 'CREATED_AT', direction: 'DESC' },
  filters: { sector: ['BUSINESS', 'PUBLIC', 'CIVIL'], kind: ['COMPANY', 'NAV_OFFICE'] },
};

const PLAIN: ListParams<Field, Filter> = {
  search: '',
  sort: { field: 'CREATED_AT', direction: 'DESC' },
  filter: { sector: null, kind: null },
  archived: false,
};

const read = (query: string) => readListParams(new URLSearchParams(query), SPEC);
const write = (state: Partial<ListParams<Field, Filter>>, base?: string) =>
  writeListParams(
    { ...PLAIN, ...state },
    SPEC,
    base === undefined ? undefined : new URLSearchParams(base),
  ).toString();

describe('list state in the URL', () => {
  it('reads a plain address as the defaults', () => {
    expect(read('')).toEqual(PLAIN);
  });

  it('reads search, filters, sort, direction and archived', () => {
    expect(read('q=+nav+&sector=PUBLIC&kind=NAV_OFFICE&sort=KIND&dir=desc&archived=1')).toEqual({
      search: 'nav',
      sort: { field: 'KIND', direction: 'DESC' },
      filter: { sector: 'PUBLIC', kind: 'NAV_OFFICE' },
      archived: true,
    });
  });

  it('ignores values it does not know, rather than sending them to the API', () => {
    expect(read('sector=PRIVATE&kind=castle&sort=DROP_TABLE&archived=yes')).toEqual(PLAIN);
  });

  it('sorts another field ascending unless told otherwise, and the default field its own way', () => {
    expect(read('sort=NAME').sort).toEqual({ field: 'NAME', direction: 'ASC' });
    expect(read('dir=asc').sort).toEqual({ field: 'CREATED_AT', direction: 'ASC' });
  });

  it('writes defaults as nothing, so a plain list has a plain address', () => {
    expect(write({})).toBe('');
    expect(write({ sort: { field: 'NAME', direction: 'ASC' } })).toBe('sort=NAME');
    expect(write({ sort: { field: 'CREATED_AT', direction: 'ASC' } })).toBe('dir=asc');
  });

  it('round-trips every state through the URL', () => {
    const states: ListParams<Field, Filter>[] = [
      PLAIN,
      {
        search: 'Grenland Mek',
        sort: { field: 'NAME', direction: 'DESC' },
        filter: { sector: 'BUSINESS', kind: null },
        archived: true,
      },
      {
        search: 'æøå & co',
        sort: { field: 'KIND', direction: 'ASC' },
        filter: { sector: null, kind: 'COMPANY' },
        archived: false,
      },
    ];
    for (const state of states)
      expect(readListParams(writeListParams(state, SPEC), SPEC)).toEqual(state);
  });

  it('keeps parameters that are not the list’s, and drops a cleared filter', () => {
    expect(write({ filter: { sector: null, kind: null } }, 'tab=export&sector=CIVIL')).toBe(
      'tab=export',
    );
  });
});

describe('sorting by a column header', () => {
  it('sorts a new column ascending and flips the one already sorting', () => {
    expect(toggledSort({ field: 'NAME', direction: 'ASC' }, 'KIND')).toEqual({
      field: 'KIND',
      direction: 'ASC',
    });
    expect(toggledSort({ field: 'KIND', direction: 'ASC' }, 'KIND')).toEqual({
      field: 'KIND',
      direction: 'DESC',
    });
    expect(toggledSort({ field: 'KIND', direction: 'DESC' }, 'KIND')).toEqual({
      field: 'KIND',
      direction: 'ASC',
    });
  });
});

describe('paging', () => {
  it('walks forward by cursors and back, and starts again when the query changes', () => {
    let paging = pagingFor({ key: '', cursors: [null] }, 'q=a');
    expect(paging.cursors).toEqual([null]);
    paging = nextPage(nextPage(paging, 'c1'), 'c2');
    expect(paging.cursors).toEqual([null, 'c1', 'c2']);
    expect(nextPage(paging, null)).toBe(paging);
    expect(previousPage(paging).cursors).toEqual([null, 'c1']);
    expect(previousPage({ key: 'q=a', cursors: [null] }).cursors).toEqual([null]);
    expect(pagingFor(paging, 'q=a')).toBe(paging);
    expect(pagingFor(paging, 'q=ab').cursors).toEqual([null]);
  });
});

describe('the CSV of a list', () => {
  it('asks for what the list shows, with the filters the export knows', () => {
    const state = {
      ...PLAIN,
      search: 'skien',
      filter: { sector: 'PUBLIC' as const, kind: 'NAV_OFFICE' as const },
    };
    expect(exportHref('organizations', state, ['sector', 'kind'])).toBe(
      '/export/organizations.csv?search=skien&sector=PUBLIC&kind=NAV_OFFICE&archived=false&lang=nb',
    );
    expect(exportHref('people', { ...PLAIN, archived: true }, ['sector'], 'en')).toBe(
      '/export/people.csv?archived=true&lang=en',
    );
  });
});
