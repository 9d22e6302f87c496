import { describe, expect, it } from 'vitest';
import { expectCloseTo, loadDataset } from '../test/load-dataset';
import { assignNodeMetrics } from './assign-node-metrics';
import { computeAllMetrics } from './compute-all';
import { graphFromPlain } from './graph-from-plain';

describe('computeAllMetrics', () => {
  const { plain, references: ref } = loadDataset('three-sector');

  it('gathers the per-node metrics that match networkx', () => {
    const { nodes, sampling } = computeAllMetrics(plain);
    expect(sampling).toEqual({
      method: 'exact',
      samples: 13,
      betweennessEpsilon: 0,
      harmonicEpsilon: 0,
      delta: 0.05,
    });
    const column = (
      key:
        | 'betweenness'
        | 'harmonic'
        | 'closeness'
        | 'pagerank'
        | 'constraint'
        | 'effectiveSize'
        | 'efficiency'
        | 'clustering'
        | 'twoStepReach'
        | 'weightedDegree',
    ) => Object.fromEntries(Object.entries(nodes).map(([id, metrics]) => [id, metrics[key]]));
    expectCloseTo(column('betweenness'), ref.betweenness);
    expectCloseTo(column('harmonic'), ref.harmonic);
    expectCloseTo(column('closeness'), ref.closeness);
    expectCloseTo(column('pagerank'), ref.pagerank_weighted);
    expectCloseTo(column('constraint'), ref.constraint);
    expectCloseTo(column('effectiveSize'), ref.effective_size);
    expectCloseTo(column('efficiency'), ref.efficiency);
    expectCloseTo(column('clustering'), ref.clustering);
    expectCloseTo(column('twoStepReach'), ref.two_step_reach, 0);
    expectCloseTo(column('weightedDegree'), ref.weighted_degree, 0);
    expect(nodes.B1?.brokerage).toEqual({
      ...(ref.brokerage as Record<string, object>).B1,
      total: expect.any(Number) as number,
    });
  });

  it('gathers the graph figures', () => {
    const { graph } = computeAllMetrics(graphFromPlain(plain));
    expect(graph).toMatchObject({
      nodeCount: 13,
      edgeCount: ref.edge_count,
      componentCount: 2,
      largestComponentSize: 12,
      mixingMatrix: ref.mixing_matrix,
      threeSectorAgreements: { agreements: 4, threeSector: 1, share: 0.25 },
    });
    expect(graph.density).toBeCloseTo(ref.density as number, 15);
    expect(graph.modularityBySector).toBeCloseTo(ref.modularity_sector_weighted as number, 12);
    expect(graph.modularityByCommunity).toBeGreaterThan(graph.modularityBySector);
    expect(graph.eiOverall).toBeCloseTo(ref.ei_overall as number, 15);
    const lengths = ref.path_lengths as { diameter: number; average: number };
    expect(graph.diameter).toBe(lengths.diameter);
    expect(graph.averagePathLength).toBeCloseTo(lengths.average, 12);
  });

  it('takes plain data and returns plain data, as a worker needs', () => {
    const fromPlain = computeAllMetrics(plain);
    expect(computeAllMetrics(graphFromPlain(plain))).toEqual(fromPlain);
    expect(structuredClone(fromPlain)).toEqual(fromPlain);
  });

  it('samples betweenness above the size limit and says how well', () => {
    const karate = loadDataset('karate');
    const { nodes, sampling } = computeAllMetrics(karate.plain, {
      exactBetweennessMaxNodes: 10,
      betweennessSamples: 20,
    });
    expect(sampling.method).toBe('sampled');
    expect(sampling.samples).toBe(20);
    expect(sampling.betweennessEpsilon).toBeGreaterThan(0);
    expect(sampling.harmonicEpsilon).toBeCloseTo(sampling.betweennessEpsilon * 33, 12);
    for (const [id, exact] of Object.entries(
      karate.references.betweenness as Record<string, number>,
    )) {
      expect(Math.abs((nodes[id]?.betweenness as number) - exact)).toBeLessThanOrEqual(
        sampling.betweennessEpsilon,
      );
    }
  });
});

describe('computeAllMetrics on degenerate graphs', () => {
  it('handles an empty graph and a lone node without throwing', () => {
    expect(computeAllMetrics({ nodes: [], edges: [] }).graph).toMatchObject({
      nodeCount: 0,
      edgeCount: 0,
      componentCount: 0,
    });
    const lone = computeAllMetrics({
      nodes: [{ id: 'a', sector: 'CIVIL', kind: 'PERSON' }],
      edges: [],
    });
    expect(lone.nodes.a).toMatchObject({
      degree: 0,
      betweenness: 0,
      harmonic: 0,
      pagerank: 1,
      brokerageRole: null,
    });
    expect(lone.nodes.a?.constraint).toBeNaN();
    expect(lone.graph.density).toBe(0);
  });
});

describe('assignNodeMetrics', () => {
  it('writes flat metric attributes onto the nodes', () => {
    const { plain } = loadDataset('three-sector');
    const graph = graphFromPlain(plain);
    const { nodes } = computeAllMetrics(graph);
    assignNodeMetrics(graph, nodes);
    expect(graph.getNodeAttribute('B1', 'betweenness')).toBe(nodes.B1?.betweenness);
    expect(graph.getNodeAttribute('B1', 'brokerageTotal')).toBe(nodes.B1?.brokerage.total);
    expect(graph.getNodeAttribute('B1', 'sector')).toBe('BUSINESS');
  });
});
