import { describe, expect, it } from 'vitest';
import { graphFromPlain } from './graph-from-plain';
import type { PlainEdge, PlainGraph } from './graph-from-plain';
import { threeSectorAgreements } from './three-sector-agreements';

function agreement(
  id: string,
  source: string,
  target: string,
  agreementId: string,
  agreementStatus: string,
): PlainEdge {
  return { id, source, target, kind: 'AGREEMENT', agreementId, agreementStatus };
}

// A1 (active) joins all three sectors; A2 (active) business–public on the same pair as A1;
// A3 (ended) business and civil only; A4 (draft) all three.
const plain: PlainGraph = {
  nodes: [
    { id: 'B', sector: 'BUSINESS', kind: 'ORGANIZATION' },
    { id: 'B2', sector: 'BUSINESS', kind: 'ORGANIZATION' },
    { id: 'P', sector: 'PUBLIC', kind: 'ORGANIZATION' },
    { id: 'C', sector: 'CIVIL', kind: 'ORGANIZATION' },
    { id: 'x', sector: 'CIVIL', kind: 'PERSON' },
  ],
  edges: [
    agreement('e1', 'B', 'P', 'A1', 'ACTIVE'),
    agreement('e2', 'P', 'C', 'A1', 'ACTIVE'),
    agreement('e3', 'B', 'P', 'A2', 'ACTIVE'),
    agreement('e4', 'B', 'B2', 'A3', 'ENDED'),
    agreement('e5', 'B2', 'C', 'A3', 'ENDED'),
    agreement('e6', 'B2', 'P', 'A4', 'DRAFT'),
    agreement('e7', 'P', 'C', 'A4', 'DRAFT'),
    { id: 'e8', source: 'x', target: 'C', kind: 'AFFILIATION' },
  ],
};

describe('threeSectorAgreements (worked by hand)', () => {
  const graph = graphFromPlain(plain);

  it('counts agreements whose parties cover all three sectors', () => {
    expect(threeSectorAgreements(graph)).toEqual({ agreements: 4, threeSector: 2, share: 0.5 });
  });

  it('can be limited to some agreement statuses', () => {
    expect(threeSectorAgreements(graph, { statuses: ['ACTIVE'] })).toEqual({
      agreements: 2,
      threeSector: 1,
      share: 0.5,
    });
    expect(threeSectorAgreements(graph, { statuses: ['ACTIVE', 'ENDED'] }).share).toBeCloseTo(
      1 / 3,
      15,
    );
  });

  it('has no share without agreements', () => {
    expect(threeSectorAgreements(graph, { statuses: ['CANCELLED'] }).share).toBeNaN();
  });
});
