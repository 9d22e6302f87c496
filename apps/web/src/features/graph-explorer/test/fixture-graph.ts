import { buildGraph, type ExplorerGraph } from '../build-graph';
import type { GraphData } from '../types';

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
