import { describe, expect, it } from 'vitest';
import { fromColumns } from './from-columns';

describe('the explorer graph from compactGraph columns', () => {
  it('gives each node its attributes and each edge its ends by index', () => {
    const graph = fromColumns({
      __typename: 'CompactGraph',
      nodeIds: ['org_1', 'per_1', 'per_2'],
      nodeLabels: ['NAV Skien', 'Kari', 'Ola'],
      nodeKinds: ['ORGANIZATION', 'PERSON', 'PARTICIPANT'],
      nodeSectors: ['PUBLIC', 'PUBLIC', 'CIVIL'],
      nodeSince: [null, '2021-03-01', null],
      nodeX: [0, 12.5, -3],
      nodeY: [0, 4, 7.5],
      edgeSources: [1, 2],
      edgeTargets: [0, 1],
      edgeKinds: ['AFFILIATION', 'AGREEMENT'],
      edgeCrossSector: [false, true],
      edgeAgreementStatuses: [null, 'ACTIVE'],
      edgeSince: [null, '2024-01-05'],
      edgeUntil: [null, null],
    } as Parameters<typeof fromColumns>[0]);
    expect(graph.nodes[1]).toEqual({ id: 'per_1', label: 'Kari', kind: 'PERSON', sector: 'PUBLIC', since: '2021-03-01', position: { x: 12.5, y: 4 } });
    expect(graph.edges).toHaveLength(2);
    expect([...graph.edges]).toEqual([
      { id: 'e0', source: 'per_1', target: 'org_1', kind: 'AFFILIATION', crossSector: false, agreementStatus: null, since: null, until: null },
      { id: 'e1', source: 'per_2', target: 'per_1', kind: 'AGREEMENT', crossSector: true, agreementStatus: 'ACTIVE', since: '2024-01-05', until: null },
    ]);
  });

  it('leaves nodes unplaced when the server drew no picture', () => {
    const columns = { nodeIds: ['per_1'], nodeLabels: ['Kari'], nodeKinds: ['PERSON'], nodeSectors: ['PUBLIC'], nodeSince: [null], nodeX: null, nodeY: null, edgeSources: [], edgeTargets: [], edgeKinds: [], edgeCrossSector: [], edgeAgreementStatuses: [], edgeSince: [], edgeUntil: [] };
    expect(fromColumns(columns as unknown as Parameters<typeof fromColumns>[0]).nodes[0]).not.toHaveProperty('position');
  });

  it('gives an empty graph for empty columns', () => {
    const empty = { nodeIds: [], nodeLabels: [], nodeKinds: [], nodeSectors: [], nodeSince: [], nodeX: [], nodeY: [], edgeSources: [], edgeTargets: [], edgeKinds: [], edgeCrossSector: [], edgeAgreementStatuses: [], edgeSince: [], edgeUntil: [] };
    const graph = fromColumns(empty);
    expect(graph.nodes).toEqual([]);
    expect([...graph.edges]).toEqual([]);
  });
});
