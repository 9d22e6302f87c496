import { buildGraph, type ExplorerGraph } from '../build-graph';
import type { GraphData, GraphEdgeData } from '../types';

/**
 * A small graph with dates: Åse (a participant since 2021) ties to Kari and to NAV Skien;
 * Bjørn joins in 2023; Ola's tie to Kari ended in 2020; Nett is a network of Kari and Bjørn.
 */
export const FIXTURE: GraphData = {
  nodes: [
    { id: 'ase', label: 'Åse', kind: 'PARTICIPANT', sector: 'CIVIL', since: '2021-03-01' },
    { id: 'kari', label: 'Kari', kind: 'PERSON', sector: 'PUBLIC', since: '2019-01-01' },
    { id: 'nav', label: 'NAV Skien', kind: 'ORGANIZATION', sector: 'PUBLIC', since: null },
    { id: 'bjorn', label: 'Bjørn', kind: 'PERSON', sector: 'BUSINESS', since: '2023-05-01' },
    { id: 'ola', label: 'Ola', kind: 'PERSON', sector: 'BUSINESS', since: '2019-06-01' },
    { id: 'nett', label: 'Nett', kind: 'NETWORK', sector: 'CIVIL', since: '2019-01-01' },
  ],
  edges: [
    { id: 'e1', source: 'ase', target: 'kari', kind: 'CONNECTION', crossSector: true, since: '2021-03-01', until: null },
    { id: 'e2', source: 'ase', target: 'nav', kind: 'AGREEMENT', crossSector: true, since: '2022-01-01', until: null },
    { id: 'e3', source: 'kari', target: 'nav', kind: 'AFFILIATION', crossSector: false, since: null, until: null },
    { id: 'e4', source: 'ola', target: 'kari', kind: 'CONNECTION', crossSector: true, since: '2019-06-01', until: '2020-01-01' },
    { id: 'e5', source: 'nett', target: 'kari', kind: 'MEMBERSHIP', crossSector: true, since: '2019-01-01', until: null },
    { id: 'e6', source: 'nett', target: 'bjorn', kind: 'MEMBERSHIP', crossSector: true, since: '2023-01-01', until: null },
  ],
};

export function fixtureGraph(): ExplorerGraph {
  return buildGraph(FIXTURE).graph;
}

/**
 * A region large enough for the explorer to show its hubs first (hub-preview.ts): `people`
 * people, each working at one of ten organisations and a member of one of three networks, one
 * organisation a member of a network, every node placed as a server's picture places it.
 */
export function placedRegion(people = 5_000): GraphData {
  const nodes: GraphData['nodes'][number][] = [];
  const edges: GraphEdgeData[] = [];
  const place = (i: number) => ({ x: (i % 100) * 3 - 40, y: Math.floor(i / 100) * 2 + 7 });
  for (let o = 0; o < 10; o++) nodes.push({ id: `org${o}`, label: `Org ${o}`, kind: 'ORGANIZATION', sector: 'BUSINESS', position: place(o) });
  for (let n = 0; n < 3; n++) nodes.push({ id: `net${n}`, label: `Nett ${n}`, kind: 'NETWORK', sector: 'CIVIL', position: place(10 + n) });
  for (let p = 0; p < people; p++) {
    nodes.push({ id: `p${p}`, label: `Person ${p}`, kind: 'PERSON', sector: 'PUBLIC', position: place(13 + p) });
    edges.push({ id: `a${p}`, source: `p${p}`, target: `org${p % 10}`, kind: 'AFFILIATION', crossSector: true });
    edges.push({ id: `m${p}`, source: `net${p % 3}`, target: `p${p}`, kind: 'MEMBERSHIP', crossSector: true });
  }
  edges.push({ id: 'm-org', source: 'net0', target: 'org3', kind: 'MEMBERSHIP', crossSector: true });
  return { nodes, edges };
}
