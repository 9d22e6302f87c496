import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import type { Role } from '@brobygger/domain';
import { describe, expect, it, vi } from 'vitest';
import { halfYearEnds } from '../../features/research/count';
import { ViewerContext, type Viewer } from '../../features/session/viewer-context';
import { ResearchRouteQueryDocument, type ResearchRouteQueryQuery } from '../../gql/graphql';
import { todayIso } from '../../lib/format';
import { ResearchRoute } from './research-route';

// The download button's module draws with sigma, which needs WebGL that jsdom lacks.
vi.mock('../../features/graph-explorer/export-menu', () => ({ useGraphExport: () => ({ busy: false, run: () => Promise.resolve() }) }));

const count = (value: number | null) => ({ value, suppressed: value === null });
const share = (c: number | null, total: number | null) => ({
  count: count(c),
  total: count(total),
  share: c === null || total === null ? null : c / total,
});
const SECTORS = ['BUSINESS', 'PUBLIC', 'CIVIL'] as const;

/** The dashboard's figures as `role` gets them: rounded, with "<5", for a researcher; exact for a coordinator. */
function answer(role: Role): ResearchRouteQueryQuery {
  const researcher = role === 'RESEARCHER';
  const small = researcher ? null : 3;
  return {
    graphStats: {
      nodeCount: count(researcher ? 385 : 386),
      edgeCount: count(researcher ? 1680 : 1679),
      density: researcher ? 0.023 : 0.0226,
      componentCount: count(researcher ? null : 1),
      diameter: 5,
      averagePathLength: researcher ? 2.9 : 2.93,
      communityCount: count(researcher ? 10 : 11),
      sectorModularity: researcher ? 0.11 : 0.112,
      mixingMatrix: SECTORS.flatMap((from) => SECTORS.map((to) => ({ from, to, count: count(from === to ? small : 135) }))),
      brokerageTotals: { total: count(researcher ? 20900 : 20897) },
      threeSectorAgreements: share(researcher ? 40 : 41, researcher ? 65 : 66),
      betweenness: { method: 'EXACT', samples: 386, nodeCount: 386, epsilon: 0, delta: 0 },
    },
    eiOverTime: [],
    agreementStats: {
      total: count(researcher ? 55 : 56),
      byKind: [{ value: 'WORK_TRIAL', count: count(researcher ? 25 : 26) }],
      byStatus: [],
      byOutcome: [],
      periods: [],
    },
    outcomeStats: {
      participants: count(100),
      inPaidWork: share(25, 100),
      everInPaidWork: share(25, 100),
      byStatus: [],
      daysToFirstJob: { count: count(25), mean: 600, median: 670, lowerQuartile: 350, upperQuartile: 940 },
      hoursPerWeekEmployed: { count: count(25), mean: 30, median: 30 },
      paidWorkOverTime: [],
    },
  };
}

function renderAs(role: Role) {
  const viewer: Viewer = { id: 'u1', email: `${role.toLowerCase()}@example.org`, role, personId: null, organizationId: null };
  const mocks: MockLink.MockedResponse[] = [
    { request: { query: ResearchRouteQueryDocument, variables: { dates: halfYearEnds(todayIso(), 8) } }, result: { data: answer(role) } },
  ];
  return render(
    <MantineProvider>
      <MockedProvider mocks={mocks}>
        <ViewerContext.Provider value={viewer}>
          <ResearchRoute />
        </ViewerContext.Provider>
      </MockedProvider>
    </MantineProvider>,
  );
}

describe('the research dashboard', () => {
  it('tells a researcher that small counts are hidden and the rest rounded', async () => {
    renderAs('RESEARCHER');
    expect(await screen.findByText(/tall under 5 som «<5», og alle andre tall er rundet til nærmeste 5/)).toBeTruthy();
    expect(screen.getByText(/Alle tall er rundet til nærmeste 5, så summene kan skille seg litt\./)).toBeTruthy();
    expect(screen.queryByText(/Tallene er eksakte/)).toBeNull();
  });

  it('tells a coordinator, whose figures are exact, nothing about "<5" or rounding', async () => {
    renderAs('COORDINATOR');
    expect(await screen.findByText('Tallene er eksakte: ingen er skjult eller rundet.')).toBeTruthy();
    expect(screen.queryByText(/«<5»/)).toBeNull();
    expect(screen.queryByText(/rundet til nærmeste 5/)).toBeNull();
    // The rest of the explanation still holds for exact figures.
    expect(screen.getByText(/Avtalediagrammet under teller hver avtale\./)).toBeTruthy();
  });

  it('shows the ten key figures at most five to a row, so their labels fit at 1280 px', async () => {
    renderAs('COORDINATOR');
    const keyFigures = await screen.findByRole('region', { name: 'Nøkkeltall for nettverket' });
    for (const label of ['Gjennomsnittlig avstand', 'Meglerposisjoner', 'Tresektoravtaler', 'Modularitet etter sektor']) {
      expect(screen.getByText(label)).toBeTruthy();
    }
    // Mantine writes the grid's columns per breakpoint as CSS custom properties in a <style>.
    const css = [...keyFigures.querySelectorAll('style')].map((s) => s.textContent).join('\n');
    const columns = [...css.matchAll(/--sg-cols:\s*(\d+)/g)].map((m) => Number(m[1]));
    expect(columns.length).toBeGreaterThan(0);
    expect(Math.max(...columns)).toBeLessThanOrEqual(5);
  });
});
