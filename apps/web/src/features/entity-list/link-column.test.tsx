import { screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithMantine } from '../../test/render';
import { linkColumn } from './link-column';

interface Row {
  id: string;
  name: string;
  archivedAt: string | null;
}

const column = linkColumn<Row, 'NAME'>({
  key: 'name',
  label: 'Navn',
  sortField: 'NAME',
  to: (r) => `/networks/${r.id}`,
  text: (r) => r.name,
  archivedAt: (r) => r.archivedAt,
});

function renderCell(row: Row) {
  renderWithMantine(<MemoryRouter>{column.cell(row)}</MemoryRouter>);
}

describe('linkColumn', () => {
  it('keeps the key, label and sort field', () => {
    expect(column).toMatchObject({ key: 'name', label: 'Navn', sortField: 'NAME' });
  });

  it("links a live row's name to its page, without the archived badge", () => {
    renderCell({ id: 'n1', name: 'Grenland nettverk', archivedAt: null });
    const link = screen.getByRole('link', { name: 'Grenland nettverk' });
    expect(link.getAttribute('href')).toBe('/networks/n1');
    expect(screen.queryByText('Arkivert')).toBeNull();
  });

  it('shows the archived badge after the link of an archived row', () => {
    renderCell({ id: 'n2', name: 'Telemark nettverk', archivedAt: '2024-03-01T10:00:00Z' });
    const link = screen.getByRole('link', { name: 'Telemark nettverk' });
    expect(link.getAttribute('href')).toBe('/networks/n2');
    const badge = screen.getByText('Arkivert');
    expect(link.compareDocumentPosition(badge) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
