import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithMantine } from '../../test/render';
import { EMPTY_FILTER, type ExplorerFilter } from './filters';
import { FiltersPanel } from './filters-panel';

describe('the filters panel', () => {
  it('turns a switch at once and hands the explorer the new filter', async () => {
    const seen: ExplorerFilter[] = [];
    function Explorer() {
      const [filter, setFilter] = useState(EMPTY_FILTER);
      return (
        <FiltersPanel
          filter={filter}
          onChange={(next) => {
            seen.push(next);
            setFilter(next);
          }}
          canFilterByNetwork={false}
        />
      );
    }
    renderWithMantine(
      <MockedProvider mocks={[]}>
        <Explorer />
      </MockedProvider>,
    );
    const toggle = screen.getByRole<HTMLInputElement>('switch', {
      name: 'Bare bånd på tvers av sektorer',
    });
    fireEvent.click(toggle);
    expect(toggle.checked).toBe(true);
    await vi.waitFor(() => expect(seen).toEqual([{ ...EMPTY_FILTER, crossSectorOnly: true }]));
    expect(toggle.checked).toBe(true);
  });

  it('follows a filter given from outside (restored or reset)', () => {
    function Explorer() {
      const [filter, setFilter] = useState(EMPTY_FILTER);
      return (
        <>
          <button
            type="button"
            onClick={() => setFilter({ ...EMPTY_FILTER, crossSectorOnly: true })}
          >
            restore
          </button>
          <FiltersPanel filter={filter} onChange={() => undefined} canFilterByNetwork={false} />
        </>
      );
    }
    renderWithMantine(
      <MockedProvider mocks={[]}>
        <Explorer />
      </MockedProvider>,
    );
    const toggle = () =>
      screen.getByRole<HTMLInputElement>('switch', { name: 'Bare bånd på tvers av sektorer' });
    expect(toggle().checked).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'restore' }));
    expect(toggle().checked).toBe(true);
  });
});
