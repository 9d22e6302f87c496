import { act, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sizeChartContainers } from '../../test/chart-size';
import { renderWithMantine } from '../../test/render';
import { OutcomePanel, type OutcomeStatsData } from './outcome-panel';

const count = (value: number) => ({ value, suppressed: false });
const share = (c: number, total: number) => ({
  count: count(c),
  total: count(total),
  share: c / total,
});

const STATS: OutcomeStatsData = {
  participants: count(100),
  inPaidWork: share(25, 100),
  everInPaidWork: share(40, 100),
  byStatus: [],
  daysToFirstJob: { count: count(25), median: 120 },
  hoursPerWeekEmployed: { count: count(25), mean: 30, median: 30 },
  paidWorkOverTime: [
    { periodEnd: '2025-12-31', inPaidWork: share(20, 100) },
    { periodEnd: '2026-06-30', inPaidWork: share(25, 100) },
  ],
};

beforeEach(() => {
  sizeChartContainers(600, 220);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await act(() => i18next.changeLanguage('nb'));
});

/** The share axis's ticks: the y axis of the chart that draws an area. */
function shareTicks(container: HTMLElement) {
  const chart = [...container.querySelectorAll('.recharts-wrapper')].find((c) =>
    c.querySelector('.recharts-area'),
  );
  return [
    ...(chart?.querySelectorAll(
      '.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value',
    ) ?? []),
  ].map((tick) => tick.textContent);
}

describe('the share in paid work over time', () => {
  it('writes its percentages the English way on an English page, as the tiles above it do', async () => {
    await act(() => i18next.changeLanguage('en'));
    const { container } = renderWithMantine(<OutcomePanel stats={STATS} />);
    await waitFor(() => expect(shareTicks(container)).toEqual(['0%', '25%', '50%', '75%', '100%']));
  });

  it('and the Norwegian way on a Norwegian page', async () => {
    const { container } = renderWithMantine(<OutcomePanel stats={STATS} />);
    await waitFor(() =>
      expect(shareTicks(container)).toEqual([
        '0\u00a0%',
        '25\u00a0%',
        '50\u00a0%',
        '75\u00a0%',
        '100\u00a0%',
      ]),
    );
  });
});
