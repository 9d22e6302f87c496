import { describe, expect, it } from 'vitest';
import { createReducers } from './reducers';
import { fixtureGraph } from './test/fixture-graph';
import type { HighlightState } from './types';

const graph = fixtureGraph();

function stateWith(overrides: Partial<HighlightState>): HighlightState {
  return {
    hovered: null,
    hoveredNeighbors: new Set(),
    selected: null,
    selectedNeighbors: new Set(),
    focus: null,
    asOf: null,
    looks: null,
    path: null,
    hideEdges: false,
    ...overrides,
  };
}

function shown(state: HighlightState) {
  const { nodeReducer } = createReducers(() => graph, () => state);
  const out = new Map<string, ReturnType<typeof nodeReducer>>();
  graph.forEachNode((id, attrs) => out.set(id, nodeReducer(id, attrs)));
  return out;
}

describe('label selection through the node reducer', () => {
  it('forces no label when nothing is selected: the label grid decides', () => {
    for (const data of shown(stateWith({})).values()) expect(data.forceLabel).toBeFalsy();
  });

  it("always labels the focused node and its neighbours, and no one else", () => {
    const view = shown(stateWith({ selected: 'kari', selectedNeighbors: new Set(graph.neighbors('kari')) }));
    const forced = [...view].filter(([, d]) => d.forceLabel).map(([id]) => id).sort();
    expect(forced).toEqual(['ase', 'kari', 'nav', 'nett', 'ola']);
    expect(view.get('kari')?.highlighted).toBe(true);
    expect(view.get('bjorn')?.forceLabel).toBeFalsy();
  });

  it("keeps the selection's labels while another node is hovered, dimming the rest", () => {
    const view = shown(
      stateWith({
        selected: 'ase',
        selectedNeighbors: new Set(graph.neighbors('ase')),
        hovered: 'bjorn',
        hoveredNeighbors: new Set(graph.neighbors('bjorn')),
      }),
    );
    expect(view.get('kari')?.forceLabel).toBe(true);
    expect(view.get('kari')?.label).toBe('Kari');
    expect(view.get('ola')?.label).toBe('');
    expect(view.get('bjorn')?.highlighted).toBe(true);
    expect(view.get('nett')?.forceLabel).toBe(true);
  });

  it('hides a neighbour that had not joined on the chosen day, label and all', () => {
    const view = shown(stateWith({ selected: 'nett', selectedNeighbors: new Set(graph.neighbors('nett')), asOf: '2022-01-01' }));
    expect(view.get('bjorn')?.hidden).toBe(true);
    expect(view.get('kari')?.forceLabel).toBe(true);
  });

  it('does not mutate the graph', () => {
    shown(stateWith({ selected: 'kari', selectedNeighbors: new Set(graph.neighbors('kari')), hovered: 'ase' }));
    expect(graph.getNodeAttributes('kari')).not.toHaveProperty('forceLabel');
  });
});
