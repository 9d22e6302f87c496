import { describe, expect, it } from 'vitest';
import { loadDataset } from '../test/load-dataset';
import { connectedComponents } from './components';
import { graphFromPlain } from './graph-from-plain';
import { louvainCommunities } from './louvain';
import { modularity } from './modularity';
import { shortestPath } from './shortest-path';
import { twoStepReach } from './two-step-reach';

describe('shortestPath', () => {
  const graph = graphFromPlain(loadDataset('three-sector').plain);

  it('finds a shortest chain of introductions', () => {
    const path = shortestPath(graph, 'pB', 'X');
    expect(path).toHaveLength(4);
    expect(path?.[0]).toBe('pB');
    expect(path?.[3]).toBe('X');
    for (let i = 1; i < (path?.length ?? 0); i++)
      expect(graph.areNeighbors(path?.[i - 1], path?.[i])).toBe(true);
  });

  it('answers null when nothing joins the two, and the node itself for one node', () => {
    expect(shortestPath(graph, 'pB', 'Z')).toBeNull();
    expect(shortestPath(graph, 'Z', 'Z')).toEqual(['Z']);
  });

  it('names itself when a node is missing', () => {
    expect(() => shortestPath(graph, 'pB', 'nobody')).toThrow(
      '@brobygger/graph/shortest-path: node "nobody" is not in the graph',
    );
  });
});

describe('connectedComponents and twoStepReach', () => {
  const graph = graphFromPlain(loadDataset('three-sector').plain);

  it('puts the isolated organisation in a component of its own', () => {
    const { component, count, sizes } = connectedComponents(graph);
    expect(count).toBe(2);
    expect(sizes).toEqual([12, 1]);
    expect(component.Z).toBe(1);
    expect(component.pB).toBe(0);
  });

  it('normalises 2-step reach by the other nodes', () => {
    const reach = twoStepReach(graph);
    const share = twoStepReach(graph, { normalized: true });
    expect(share.pB).toBeCloseTo((reach.pB as number) / 12, 15);
    expect(share.Z).toBe(0);
  });
});

describe('louvainCommunities', () => {
  const graph = graphFromPlain(loadDataset('karate').plain);

  it('is repeatable for a seed and reports the modularity of what it found', () => {
    const first = louvainCommunities(graph, { seed: 4 });
    expect(louvainCommunities(graph, { seed: 4 })).toEqual(first);
    expect(first.modularity).toBeCloseTo(modularity(graph, first.communities), 10);
    // Zachary's club splits well: the best known weighted partition is near 0.44.
    expect(first.modularity).toBeGreaterThan(0.38);
    expect(first.count).toBeGreaterThanOrEqual(2);
  });

  it('can ignore weights', () => {
    const result = louvainCommunities(graph, { weight: null, seed: 4 });
    expect(result.modularity).toBeCloseTo(
      modularity(graph, result.communities, { weight: null }),
      10,
    );
  });
});
