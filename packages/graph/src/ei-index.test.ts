import { describe, expect, it } from 'vitest';
import { crossSectorShare } from './cross-sector-share';
import { eiIndex } from './ei-index';
import { graphFromPlain } from './graph-from-plain';
import type { PlainGraph } from './graph-from-plain';
import { mixingMatrix } from './mixing-matrix';

// Eight ties: b–p, b–c, b–c2 cross sectors; b–a1, b–a2, a1–a2, a1–y1, a1–y2 stay in BUSINESS. z is alone.
const plain: PlainGraph = {
  nodes: [
    { id: 'b', sector: 'BUSINESS', kind: 'PERSON' },
    { id: 'a1', sector: 'BUSINESS', kind: 'PERSON' },
    { id: 'a2', sector: 'BUSINESS', kind: 'ORGANIZATION' },
    { id: 'y1', sector: 'BUSINESS', kind: 'PERSON' },
    { id: 'y2', sector: 'BUSINESS', kind: 'PERSON' },
    { id: 'p', sector: 'PUBLIC', kind: 'ORGANIZATION' },
    { id: 'c', sector: 'CIVIL', kind: 'ORGANIZATION' },
    { id: 'c2', sector: 'CIVIL', kind: 'NETWORK' },
    { id: 'z', sector: 'PUBLIC', kind: 'ORGANIZATION' },
  ],
  edges: [
    ['b', 'a1'],
    ['b', 'a2'],
    ['b', 'p'],
    ['b', 'c'],
    ['b', 'c2'],
    ['a1', 'a2'],
    ['a1', 'y1'],
    ['a1', 'y2'],
  ].map(([source, target], i) => ({
    id: `e${i}`,
    source: source as string,
    target: target as string,
    kind: 'CONNECTION' as const,
  })),
};

describe('E-I index (worked by hand)', () => {
  const graph = graphFromPlain(plain);

  it('per node: (external − internal) / all ties, NaN when isolated', () => {
    const { byNode } = eiIndex(graph);
    expect(byNode.b).toBeCloseTo((3 - 2) / 5, 15);
    expect(byNode.a1).toBe(-1);
    expect(byNode.p).toBe(1);
    expect(byNode.z).toBeNaN();
  });

  it('per sector and overall', () => {
    const { bySector, overall } = eiIndex(graph);
    expect(bySector.BUSINESS).toBeCloseTo((3 - 5) / 8, 15);
    expect(bySector.PUBLIC).toBe(1);
    expect(bySector.CIVIL).toBe(1);
    expect(overall).toBeCloseTo((3 - 5) / 8, 15);
  });

  it('a sector without ties has no E-I', () => {
    const lonely = {
      nodes: plain.nodes.filter((n) => n.sector !== 'PUBLIC' || n.id === 'z'),
      edges: plain.edges.filter((e) => e.target !== 'p'),
    };
    expect(eiIndex(graphFromPlain(lonely)).bySector.PUBLIC).toBeNaN();
  });
});

describe('cross-sector share and mixing matrix (worked by hand)', () => {
  const graph = graphFromPlain(plain);

  it('share of a node’s ties that cross sectors', () => {
    const share = crossSectorShare(graph);
    expect(share.b).toBeCloseTo(3 / 5, 15);
    expect(share.a1).toBe(0);
    expect(share.c).toBe(1);
    expect(share.z).toBeNaN();
  });

  it('counts each tie once in a symmetric sector-by-sector matrix', () => {
    expect(mixingMatrix(graph)).toEqual({
      BUSINESS: { BUSINESS: 5, PUBLIC: 1, CIVIL: 2 },
      PUBLIC: { BUSINESS: 1, PUBLIC: 0, CIVIL: 0 },
      CIVIL: { BUSINESS: 2, PUBLIC: 0, CIVIL: 0 },
    });
  });
});
