import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithMantine } from '../../test/render';
import { GraphTableView } from './graph-table-view';
import { fixtureGraph } from './test/fixture-graph';

describe('the table view', () => {
  it('lists the nodes most tied first, sorts by name on request, and focuses a node from its row', () => {
    const onFocusNode = vi.fn();
    renderWithMantine(<GraphTableView graph={fixtureGraph()} visibility={{ asOf: null, focus: null }} onFocusNode={onFocusNode} />);
    const table = screen.getByRole('table');
    const names = () => within(table).getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(names()[0]).toBe('Kari');
    expect(screen.getByRole('columnheader', { name: /Bånd/ }).getAttribute('aria-sort')).toBe('descending');

    fireEvent.click(screen.getByRole('button', { name: /^Navn/ }));
    expect(names()).toEqual(['Bjørn', 'Kari', 'NAV Skien', 'Nett', 'Ola', 'Åse']);
    expect(screen.getByRole('columnheader', { name: /Navn/ }).getAttribute('aria-sort')).toBe('ascending');

    fireEvent.click(screen.getByRole('button', { name: 'Vis i kartet: NAV Skien' }));
    expect(onFocusNode).toHaveBeenCalledWith('nav');
  });

  it('follows the date slider and filters by name', () => {
    renderWithMantine(<GraphTableView graph={fixtureGraph()} visibility={{ asOf: '2020-06-01', focus: null }} onFocusNode={() => {}} />);
    expect(screen.getByRole('tab', { name: '4 noder' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: '2 bånd' })).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Filtrer på navn' }), { target: { value: 'ola' } });
    expect(within(screen.getByRole('table')).getAllByRole('rowheader').map((c) => c.textContent)).toEqual(['Ola']);
  });
});
