import { describe, expect, it } from 'vitest';
import { neighborhood } from './neighborhood';
import { fixtureGraph } from './test/fixture-graph';
import { edgeVisible, visibleCounts } from './visibility';

describe('the counter under the date slider', () => {
  const graph = fixtureGraph();

  it('counts every node and tie when the slider stands on today', () => {
    expect(visibleCounts(graph, { asOf: null, focus: null })).toEqual({ nodes: 6, edges: 6 });
  });

  it('counts only what had begun and not ended on the chosen day', () => {
    // 2020-06-01: Kari, NAV, Ola and Nett exist; Ola's tie ended, Åse and Bjørn had not joined.
    expect(visibleCounts(graph, { asOf: '2020-06-01', focus: null })).toEqual({ nodes: 4, edges: 2 });
    // 2021-06-01: Åse has joined with her tie to Kari; the agreement with NAV comes in 2022.
    expect(visibleCounts(graph, { asOf: '2021-06-01', focus: null })).toEqual({ nodes: 5, edges: 3 });
    expect(visibleCounts(graph, { asOf: '2023-05-01', focus: null })).toEqual({ nodes: 6, edges: 5 });
  });

  it('leaves out a tie whose end is not shown, as the canvas does', () => {
    // The tie to Bjørn is dated from January 2023, Bjørn himself only from May.
    expect(edgeVisible(graph, 'e6', { asOf: '2023-04-30', focus: null })).toBe(false);
    expect(edgeVisible(graph, 'e6', { asOf: '2023-05-01', focus: null })).toBe(true);
  });

  it('follows focus mode too', () => {
    const focus = neighborhood(graph, 'ase', 1);
    expect(visibleCounts(graph, { asOf: null, focus })).toEqual({ nodes: 3, edges: 3 });
    expect(visibleCounts(graph, { asOf: '2021-06-01', focus })).toEqual({ nodes: 3, edges: 2 });
  });
});
