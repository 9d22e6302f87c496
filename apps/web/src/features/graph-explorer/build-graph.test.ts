import { beforeEach, describe, expect, it } from 'vitest';
import { buildGraph } from './build-graph';
import type { GraphData } from './types';

const placed: GraphData = {
  nodes: [
    {
      id: 'org_1',
      label: 'NAV Skien',
      kind: 'ORGANIZATION',
      sector: 'PUBLIC',
      position: { x: 10, y: -4 },
    },
    { id: 'per_1', label: 'Kari', kind: 'PERSON', sector: 'PUBLIC', position: { x: 12, y: -3 } },
  ],
  edges: [
    { id: 'aff_1', source: 'per_1', target: 'org_1', kind: 'AFFILIATION', crossSector: false },
  ],
};

describe('building the explorer graph', () => {
  beforeEach(() => window.sessionStorage.clear());

  it("puts every node where the server's picture places it, and needs no layout", () => {
    const { graph, needsLayout } = buildGraph(placed);
    expect(graph.getNodeAttributes('org_1')).toMatchObject({ x: 10, y: -4 });
    expect(graph.getNodeAttributes('per_1')).toMatchObject({ x: 12, y: -3 });
    expect(needsLayout).toBe(false);
  });

  it('lays out a graph the server drew no picture of', () => {
    const unplaced: GraphData = {
      ...placed,
      nodes: placed.nodes.map(({ position: _, ...node }) => node),
    };
    expect(buildGraph(unplaced).needsLayout).toBe(true);
  });
});
