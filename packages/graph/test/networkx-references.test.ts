import { describe, expect, it } from 'vitest';
import { betweenness } from '../src/betweenness';
import { brokerage } from '../src/brokerage';
import { clustering } from '../src/clustering';
import { connectedComponents } from '../src/components';
import { constraint } from '../src/constraint';
import { crossSectorShare } from '../src/cross-sector-share';
import { toCsr } from '../src/csr';
import { degree, weightedDegree } from '../src/degree';
import { density } from '../src/density';
import { effectiveSize } from '../src/effective-size';
import { efficiency } from '../src/efficiency';
import { eiIndex } from '../src/ei-index';
import { graphFromPlain } from '../src/graph-from-plain';
import { closeness, pathLengths } from '../src/closeness';
import { harmonicCloseness } from '../src/harmonic';
import { mixingMatrix } from '../src/mixing-matrix';
import { modularity } from '../src/modularity';
import { pagerank } from '../src/pagerank';
import { threeSectorAgreements } from '../src/three-sector-agreements';
import { twoStepReach } from '../src/two-step-reach';
import { DATASETS, expectCloseTo, loadDataset } from './load-dataset';

function nanToNull(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}

describe.each(DATASETS)('%s matches networkx 3.6', (name) => {
  const { plain, references: ref } = loadDataset(name);
  const graph = graphFromPlain(plain);
  const csr = toCsr(graph);

  it('degree and weighted degree', () => {
    expectCloseTo(degree(graph), ref.degree, 0);
    expectCloseTo(weightedDegree(graph), ref.weighted_degree, 1e-12);
  });

  it('betweenness (normalised) to 1e-9', () => {
    expectCloseTo(betweenness(graph), ref.betweenness);
  });

  it('harmonic closeness to 1e-9', () => {
    expectCloseTo(harmonicCloseness(graph), ref.harmonic);
  });

  it('closeness (Wasserman–Faust, as networkx) to 1e-9', () => {
    expectCloseTo(closeness(graph), ref.closeness);
  });

  it('diameter and average path length over connected pairs', () => {
    const lengths = ref.path_lengths as { diameter: number; average: number };
    const ours = pathLengths(graph);
    expect(ours.diameter).toBe(lengths.diameter);
    expect(ours.averagePathLength).toBeCloseTo(lengths.average, 12);
  });

  it('PageRank, weighted and unweighted, to 1e-9', () => {
    expectCloseTo(pagerank(graph), ref.pagerank_weighted);
    expectCloseTo(pagerank(csr, { weight: null }), ref.pagerank_unweighted);
  });

  it('clustering to 1e-9', () => {
    expectCloseTo(clustering(graph), ref.clustering);
  });

  it("Burt's constraint, effective size and efficiency to 1e-9, unweighted and weighted", () => {
    expectCloseTo(constraint(graph), ref.constraint);
    expectCloseTo(constraint(csr, { weight: 'weight' }), ref.constraint_weighted);
    expectCloseTo(effectiveSize(graph), ref.effective_size);
    expectCloseTo(effectiveSize(graph, { weight: 'weight' }), ref.effective_size_weighted);
    expectCloseTo(efficiency(csr), ref.efficiency);
    expectCloseTo(efficiency(graph, { weight: 'weight' }), ref.efficiency_weighted);
  });

  it('2-step reach', () => {
    expectCloseTo(twoStepReach(graph), ref.two_step_reach, 0);
  });

  it('modularity of the sector partition, weighted and unweighted', () => {
    const bySector = Object.fromEntries(plain.nodes.map((n) => [n.id, n.sector]));
    expect(modularity(graph, bySector)).toBeCloseTo(ref.modularity_sector_weighted as number, 12);
    expect(modularity(graph, bySector, { weight: null })).toBeCloseTo(
      ref.modularity_sector_unweighted as number,
      12,
    );
  });

  it('components, density and tie count', () => {
    expect(connectedComponents(graph).count).toBe(ref.components);
    expect(density(graph)).toBeCloseTo(ref.density as number, 15);
    expect(csr.edgeCount).toBe(ref.edge_count);
  });

  it('brokerage roles agree with a brute-force count of open triads', () => {
    const { byNode } = brokerage(graph);
    const expected = ref.brokerage as Record<string, Record<string, number>>;
    for (const [node, counts] of Object.entries(expected)) {
      const { total, ...roles } = byNode[node] ?? { total: -1 };
      expect(roles, `node ${node}`).toEqual(counts);
      expect(total).toBe(Object.values(counts).reduce((a, b) => a + b, 0));
    }
  });

  it('E-I index, cross-sector share and mixing matrix agree with a direct count', () => {
    const ei = eiIndex(graph);
    expectCloseTo(ei.byNode, ref.ei_node, 1e-15);
    expect(
      Object.fromEntries(Object.entries(ei.bySector).map(([k, v]) => [k, nanToNull(v)])),
    ).toEqual(ref.ei_sector);
    expect(nanToNull(ei.overall)).toBeCloseTo(ref.ei_overall as number, 15);
    expectCloseTo(crossSectorShare(graph), ref.cross_sector_share, 1e-15);
    expect(mixingMatrix(graph)).toEqual(ref.mixing_matrix);
  });

  it('three-sector agreements', () => {
    const { agreements, threeSector } = threeSectorAgreements(graph);
    expect({ agreements, threeSector }).toEqual(ref.three_sector);
  });
});
