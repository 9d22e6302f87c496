import { act, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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

const rect = (width: number, height: number): DOMRect => ({
  width,
  height,
  top: 0,
  left: 0,
  right: width,
  bottom: height,
  x: 0,
  y: 0,
  toJSON: () => ({}),
});

beforeEach(() => {
  // jsdom lays nothing out: give the charts' containers a size so recharts draws the axes.
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
    this: HTMLElement,
  ) {
    return this.classList.contains('recharts-responsive-container') ? rect(600, 220) : rect(0, 0);
  });
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
