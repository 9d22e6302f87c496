import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockMediaQueries } from '../../test/media-queries';
import { renderWithMantine } from '../../test/render';
import type { Column } from './columns';
import { ResponsiveTable } from './responsive-table';

interface Row {
  id: string;
  name: string;
  sector: string;
}

const ROWS: Row[] = [
  { id: '1', name: 'NAV Skien', sector: 'Offentlig sektor' },
  { id: '2', name: 'Grenland Mek', sector: 'Næringsliv' },
];

const COLUMNS: Column<Row, 'NAME' | 'SECTOR' | 'CREATED_AT'>[] = [
  { key: 'name', label: 'Navn', sortField: 'NAME', cell: (r) => <a href={`/organizations/${r.id}`}>{r.name}</a> },
  { key: 'sector', label: 'Sektor', sortField: 'SECTOR', cell: (r) => r.sector },
  { key: 'actions', label: 'Handlinger', labelHidden: true, cell: (r) => (r.id === '1' ? <button type="button">Rediger {r.name}</button> : null) },
];

/** A screen as wide as a phone (390 px) or not: Mantine's useMediaQuery asks matchMedia. */
function screenWidth(phone: boolean) {
  mockMediaQueries((query) => phone && query.includes('max-width'));
}

afterEach(() => vi.restoreAllMocks());

describe('a list on a wide screen', () => {
  it('is a table whose headers sort it and announce the order', () => {
    screenWidth(false);
    const toggleSort = vi.fn();
    renderWithMantine(<ResponsiveTable columns={COLUMNS} rows={ROWS} list={{ sort: { field: 'NAME', direction: 'ASC' }, toggleSort }} />);
    const table = screen.getByRole('table');
    expect(within(table).getByRole('columnheader', { name: /Navn/ }).getAttribute('aria-sort')).toBe('ascending');
    // The actions column is named for screen readers only.
    expect(within(table).getByRole('columnheader', { name: 'Handlinger' })).toBeDefined();
    fireEvent.click(within(table).getByRole('button', { name: /Sektor/ }));
    expect(toggleSort).toHaveBeenCalledWith('SECTOR');
    expect(screen.queryByRole('list')).toBeNull();
  });
});

describe('a list on a phone', () => {
  it('is a list of cards: the name as a heading, the other columns as label and value', () => {
    screenWidth(true);
    renderWithMantine(<ResponsiveTable columns={COLUMNS} rows={ROWS} />);
    expect(screen.queryByRole('table')).toBeNull();
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const first = items[0]!;
    expect(within(first).getByRole('heading', { level: 2, name: 'NAV Skien' })).toBeDefined();
    expect(within(first).getByRole('link', { name: 'NAV Skien' }).getAttribute('href')).toBe('/organizations/1');
    expect([...first.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual(['Sektor']);
    expect(first.querySelector('dd')?.textContent).toBe('Offentlig sektor');
    // Actions stand at the foot without a label; a row without any has no foot.
    expect(within(first).getByRole('button', { name: 'Rediger NAV Skien' })).toBeDefined();
    expect(within(items[1]!).queryByRole('button')).toBeNull();
  });

  it('sorts from a picker, since cards have no headers', () => {
    screenWidth(true);
    const toggleSort = vi.fn();
    renderWithMantine(<ResponsiveTable columns={COLUMNS} rows={ROWS} list={{ sort: { field: 'NAME', direction: 'ASC' }, toggleSort }} />);
    expect(screen.getByRole('combobox', { name: 'Sorter etter' })).toHaveProperty('value', 'Navn');
    fireEvent.click(screen.getByRole('button', { name: 'Rekkefølge: Stigende' }));
    expect(toggleSort).toHaveBeenCalledWith('NAME');
  });

  it('says a list in an order no column shows is in its usual order', () => {
    screenWidth(true);
    renderWithMantine(<ResponsiveTable columns={COLUMNS} rows={ROWS} list={{ sort: { field: 'CREATED_AT', direction: 'DESC' }, toggleSort: () => {} }} />);
    expect(screen.getByRole('combobox', { name: 'Sorter etter' }).getAttribute('placeholder')).toBe('Vanlig rekkefølge');
    expect(screen.queryByRole('button', { name: /Rekkefølge/ })).toBeNull();
  });
});
