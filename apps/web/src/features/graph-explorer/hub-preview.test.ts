import { beforeEach, describe, expect, it } from 'vitest';
import { buildGraph, type ExplorerGraph } from './build-graph';
import { hubPreview } from './hub-preview';
import { FIXTURE, placedRegion } from './test/fixture-graph';

function extentOfGraph(graph: ExplorerGraph) {
  const xs = graph.mapNodes((_id, { x }) => x);
  const ys = graph.mapNodes((_id, { y }) => y);
  return { x: [Math.min(...xs), Math.max(...xs)], y: [Math.min(...ys), Math.max(...ys)] };
}

describe("a large graph's hubs, drawn before the whole graph", () => {
  beforeEach(() => window.sessionStorage.clear());

  it('holds the organisations and networks and the ties between them, sized as in the whole graph', () => {
    const data = placedRegion();
    const preview = hubPreview(data);
    const whole = buildGraph(data).graph;
    expect(preview).not.toBeNull();
    const hubs = preview!.graph;
    expect(hubs.order).toBe(13);
    expect(
      hubs.everyNode((_id, attrs) => attrs.kind === 'ORGANIZATION' || attrs.kind === 'NETWORK'),
    ).toBe(true);
    expect(hubs.edges()).toEqual(['m-org']);
    hubs.forEachNode((id, attrs) => expect(attrs).toEqual(whole.getNodeAttributes(id)));
    expect(preview!.extent).toEqual(extentOfGraph(whole));
    expect(preview!.ties).toBe(whole.size);
  });

  it('is not made for a small graph, nor for one with a node still to be laid out', () => {
    expect(hubPreview(FIXTURE)).toBeNull();
    const data = placedRegion();
    const unplaced = {
      ...data,
      nodes: data.nodes.map((node, i) => (i === 4_000 ? { ...node, position: undefined } : node)),
    };
    expect(hubPreview(unplaced)).toBeNull();
  });

  it('is not made when the hubs are most of the graph', () => {
    const data = placedRegion();
    const hubsOnly = {
      nodes: data.nodes.map((node) => ({ ...node, kind: 'NETWORK' as const })),
      edges: data.edges,
    };
    expect(hubPreview(hubsOnly)).toBeNull();
  });
});
