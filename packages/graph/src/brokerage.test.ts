import { describe, expect, it } from 'vitest';
import { brokerage, dominantBrokerageRole } from './brokerage';
import { graphFromPlain } from './graph-from-plain';
import type { PlainGraph } from './graph-from-plain';

// b (BUSINESS) sits between two businesses (tied to each other), a public body and two
// civil organisations; a1 also knows two more businesses who do not know each other.
const plain: PlainGraph = {
  nodes: [
    { id: 'b', sector: 'BUSINESS', kind: 'PERSON' },
    { id: 'a1', sector: 'BUSINESS', kind: 'PERSON' },
    { id: 'a2', sector: 'BUSINESS', kind: 'ORGANIZATION' },
    { id: 'p', sector: 'PUBLIC', kind: 'ORGANIZATION' },
    { id: 'c', sector: 'CIVIL', kind: 'ORGANIZATION' },
    { id: 'c2', sector: 'CIVIL', kind: 'NETWORK' },
    { id: 'y1', sector: 'BUSINESS', kind: 'PERSON' },
    { id: 'y2', sector: 'BUSINESS', kind: 'PERSON' },
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

describe('brokerage', () => {
  it('counts each open pair around a broker once, by the sectors involved (worked by hand)', () => {
    const { byNode, totals } = brokerage(graphFromPlain(plain));
    // b: 10 pairs of contacts, a1–a2 closed. c–c2 itinerant; {a1,a2}×{p,c,c2} gatekeeper/representative; p–c, p–c2 liaison.
    expect(byNode.b).toEqual({
      coordinator: 0,
      itinerant: 1,
      gatekeeperRepresentative: 6,
      liaison: 2,
      total: 9,
    });
    // a1: contacts b, a2, y1, y2 all BUSINESS; only b–a2 is closed, 5 open pairs.
    expect(byNode.a1).toEqual({
      coordinator: 5,
      itinerant: 0,
      gatekeeperRepresentative: 0,
      liaison: 0,
      total: 5,
    });
    expect(byNode.p).toEqual({
      coordinator: 0,
      itinerant: 0,
      gatekeeperRepresentative: 0,
      liaison: 0,
      total: 0,
    });
    expect(totals).toEqual({
      coordinator: 5,
      itinerant: 1,
      gatekeeperRepresentative: 6,
      liaison: 2,
      total: 14,
    });
  });

  it('names the dominant role, preferring roles that span more sectors', () => {
    const { byNode } = brokerage(graphFromPlain(plain));
    expect(dominantBrokerageRole(byNode.b!)).toBe('gatekeeperRepresentative');
    expect(dominantBrokerageRole(byNode.a1!)).toBe('coordinator');
    expect(dominantBrokerageRole(byNode.p!)).toBeNull();
    expect(
      dominantBrokerageRole({
        coordinator: 2,
        itinerant: 0,
        gatekeeperRepresentative: 0,
        liaison: 2,
        total: 4,
      }),
    ).toBe('liaison');
  });

  it('treats a repeated edge as one tie', () => {
    const doubled = {
      ...plain,
      edges: [
        ...plain.edges,
        { id: 'again', source: 'p', target: 'b', kind: 'AGREEMENT' as const },
      ],
    };
    expect(brokerage(graphFromPlain(doubled)).byNode.b?.total).toBe(9);
  });

  it('refuses nodes without a sector, naming itself', () => {
    const broken = {
      ...plain,
      nodes: [...plain.nodes, { id: 'q', sector: 'NONE' as never, kind: 'PERSON' as const }],
    };
    expect(() => brokerage(graphFromPlain(broken))).toThrow(
      '@brobygger/graph/brokerage: node "q" has no sector',
    );
  });
});
