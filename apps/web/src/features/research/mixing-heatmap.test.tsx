import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SECTORS, type Sector } from '@brobygger/domain';
import { renderWithMantine } from '../../test/render';
import { CELL_TEXT, cellFill, MixingHeatmap, SUPPRESSED_FILL, type MixingCellData } from './mixing-heatmap';

const COUNTS: Record<Sector, Record<Sector, number | null>> = {
  BUSINESS: { BUSINESS: 210, PUBLIC: 130, CIVIL: 1310 },
  PUBLIC: { BUSINESS: 130, PUBLIC: null, CIVIL: 310 },
  CIVIL: { BUSINESS: 1310, PUBLIC: 310, CIVIL: 315 },
};
const CELLS: MixingCellData[] = SECTORS.flatMap((from) =>
  SECTORS.map((to) => {
    const value = COUNTS[from][to] ?? null;
    return { from, to, count: { value, suppressed: value === null } };
  }),
);

/** A ResizeObserver that reports the observed element as `width` px wide, as a browser would. */
function layoutAt(width: number) {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(private readonly callback: ResizeObserverCallback) {}
      observe(target: Element) {
        const entry = { target, contentRect: { width, height: 200, x: 0, y: 0, top: 0, left: 0, bottom: 200, right: width } };
        this.callback([entry as unknown as ResizeObserverEntry], this);
      }
      unobserve() {}
      disconnect() {}
    },
  );
}

afterEach(() => vi.unstubAllGlobals());

/** WCAG 2.1 contrast ratio of two `rgb(r, g, b)` or `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const channels = (c: string) =>
    c.startsWith('#') ? [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) : (c.match(/\d+/g) ?? []).map(Number);
  const luminance = (c: string) => {
    const [r = 0, g = 0, b = 0] = channels(c).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('the sector mixing heat map', () => {
  it('is a table naming each row and column, with every count written in full', () => {
    renderWithMantine(<MixingHeatmap cells={CELLS} />);
    const table = within(screen.getByRole('region', { name: 'Bånd mellom sektorene' })).getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Næringsliv', 'Offentlig sektor', 'Sivilsamfunn']);
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Næringsliv', 'Offentlig sektor', 'Sivilsamfunn']);
    const business = within(table).getAllByRole('row')[1]!;
    // In the reader's language: a no-break space between thousands in bokmål.
    expect(within(business).getAllByRole('cell').map((c) => c.textContent)).toEqual(['210', '130', '1\u00a0310']);
    expect(within(table).getByRole('cell', { name: '<5' })).toBeTruthy();
    expect(screen.getByText('Grå ruter: færre enn 5 bånd, vist som «<5».')).toBeTruthy();
  });

  it('abbreviates the sector names when the card is as narrow as on a phone, keeping the full name at hand', async () => {
    layoutAt(320);
    renderWithMantine(<MixingHeatmap cells={CELLS} />);
    await act(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    const table = screen.getByRole('table');
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual(['Næring', 'Offentlig', 'Sivil']);
    expect(headers.map((h) => h.querySelector('abbr')?.getAttribute('title'))).toEqual(['Næringsliv', 'Offentlig sektor', 'Sivilsamfunn']);
    expect(within(table).getAllByRole('cell', { name: '1\u00a0310' })).toHaveLength(2);
  });

  it('writes the full names when the card is as wide as at 1280 px', async () => {
    layoutAt(470);
    renderWithMantine(<MixingHeatmap cells={CELLS} />);
    await act(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(within(screen.getByRole('table')).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Næringsliv',
      'Offentlig sektor',
      'Sivilsamfunn',
    ]);
  });

  it('keeps the cell text readable (4.5:1) on every shade, the darkest included', () => {
    for (const value of [0, 25, 50, 75, 100]) expect(contrast(CELL_TEXT, cellFill(value, 100, false))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(CELL_TEXT, SUPPRESSED_FILL)).toBeGreaterThanOrEqual(4.5);
  });
});
