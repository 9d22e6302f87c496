import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sizeChartContainers } from '../../test/chart-size';
import { renderWithMantine } from '../../test/render';
import { AgreementsChart, type AgreementStatsData } from './agreements-chart';

const hidden = { value: null, suppressed: true };
const shown = (value: number) => ({ value, suppressed: false });
const KINDS = ['WORK_TRIAL', 'EMPLOYMENT', 'MENTORSHIP', 'INTERNSHIP', 'TRAINING', 'PARTNERSHIP'];

const byKind = (counts: Record<string, { value: number | null; suppressed: boolean }>) =>
  KINDS.map((value) => ({ value, count: counts[value] ?? hidden }));

/** What a researcher gets: 2025 has only counts below 5, 2026 one of 25 and five below 5. */
const RESEARCHER: AgreementStatsData = {
  total: shown(30),
  byKind: byKind({ WORK_TRIAL: shown(25) }),
  byStatus: [],
  byOutcome: [],
  periods: [
    { periodStart: '2025-01-01', byKind: byKind({}), byStatus: [], byOutcome: [] },
    { periodStart: '2026-01-01', byKind: byKind({ WORK_TRIAL: shown(25) }), byStatus: [], byOutcome: [] },
  ],
};

/** The same years as a coordinator sees them: exact, nothing suppressed. */
const COORDINATOR: AgreementStatsData = {
  total: shown(29),
  byKind: byKind(Object.fromEntries(KINDS.map((k) => [k, shown(k === 'WORK_TRIAL' ? 24 : 1)]))),
  byStatus: [],
  byOutcome: [],
  periods: [
    { periodStart: '2025-01-01', byKind: byKind(Object.fromEntries(KINDS.map((k) => [k, shown(0)]))), byStatus: [], byOutcome: [] },
    {
      periodStart: '2026-01-01',
      byKind: byKind(Object.fromEntries(KINDS.map((k) => [k, shown(k === 'WORK_TRIAL' ? 24 : 1)]))),
      byStatus: [],
      byOutcome: [],
    },
  ],
};

beforeEach(() => {
  sizeChartContainers(600, 260);
});
afterEach(() => vi.restoreAllMocks());

const region = () => screen.getByRole('region', { name: 'Avtaler over tid' });
const drawnBars = () => region().querySelectorAll('.recharts-bar-rectangle path');

describe('the agreements chart', () => {
  it('draws a suppressed count with no height, so "<5"s never stack into a bar that looks like a count', () => {
    renderWithMantine(<AgreementsChart stats={RESEARCHER} />);
    // Only 2026's 25 work trials are drawn; the eleven "<5" groups are not (at 4 each they would stack to 44).
    expect(drawnBars()).toHaveLength(1);
    const markers = [...region().querySelectorAll('.suppressed-marker')].map((m) => m.textContent);
    expect(markers).toEqual(['6 × <5', '5 × <5']);
    expect(within(region()).getByText(/«<5» og tegnes ikke/)).toBeTruthy();
  });

  it('gives every figure, "<5" included, in a table on request', async () => {
    renderWithMantine(<AgreementsChart stats={RESEARCHER} />);
    await userEvent.click(screen.getByRole('button', { name: 'Vis tallene som tabell' }));
    const table = within(region()).getByRole('table', { name: 'Avtaler per periode, etter type' });
    const row2025 = within(table).getByRole('row', { name: /^2025/ });
    expect(within(row2025).getAllByRole('cell').map((c) => c.textContent)).toEqual(['<5', '<5', '<5', '<5', '<5', '<5']);
    const row2026 = within(table).getByRole('row', { name: /^2026/ });
    expect(within(row2026).getAllByRole('cell')[0]?.textContent).toBe('25');
    expect(within(table).getByRole('columnheader', { name: 'Arbeidstrening' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Skjul tabellen' }));
    expect(within(region()).queryByRole('table')).toBeNull();
  });

  it('draws a coordinator’s exact counts in full, with no "<5" marker or note', () => {
    renderWithMantine(<AgreementsChart stats={COORDINATOR} />);
    expect(drawnBars()).toHaveLength(6);
    expect(region().querySelectorAll('.suppressed-marker')).toHaveLength(0);
    expect(within(region()).queryByText(/tegnes ikke/)).toBeNull();
  });
});
