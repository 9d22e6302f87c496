import { describe, expect, it } from 'vitest';
import { matchesQuery, pageOf, sortEdgeRows, sortNodeRows, tableRows } from './graph-table';
import { fixtureGraph } from './test/fixture-graph';

const graph = fixtureGraph();
const norwegian = new Intl.Collator('nb-NO', { sensitivity: 'base' });

describe('the table view of the graph', () => {
  it('lists what the canvas shows, with ties counted in view', () => {
    const { nodes, edges } = tableRows(graph, { asOf: '2021-06-01', focus: null });
    expect(nodes.map((n) => n.id).sort()).toEqual(['ase', 'kari', 'nav', 'nett', 'ola']);
    expect(nodes.find((n) => n.id === 'kari')).toMatchObject({ degree: 3, crossSector: 2 });
    expect(nodes.find((n) => n.id === 'ola')?.degree).toBe(0);
    expect(edges.map((e) => e.id).sort()).toEqual(['e1', 'e3', 'e5']);
    expect(edges.find((e) => e.id === 'e1')).toMatchObject({ sourceLabel: 'Åse', targetLabel: 'Kari', kind: 'CONNECTION' });
  });

  it('sorts nodes by ties, most first, and by name in Norwegian order (Å last)', () => {
    const { nodes } = tableRows(graph, { asOf: null, focus: null });
    const byDegree = sortNodeRows(nodes, { key: 'degree', direction: 'descending' }, norwegian);
    expect(byDegree[0]?.label).toBe('Kari');
    expect(byDegree.map((n) => n.degree)).toEqual([...byDegree.map((n) => n.degree)].sort((a, b) => b - a));
    const byName = sortNodeRows(nodes, { key: 'label', direction: 'ascending' }, norwegian);
    expect(byName.map((n) => n.label)).toEqual(['Bjørn', 'Kari', 'NAV Skien', 'Nett', 'Ola', 'Åse']);
    expect(sortNodeRows(nodes, { key: 'label', direction: 'descending' }, norwegian)[0]?.label).toBe('Åse');
  });

  it('sorts ties by the day they began, undated last', () => {
    const { edges } = tableRows(graph, { asOf: null, focus: null });
    const sorted = sortEdgeRows(edges, { key: 'since', direction: 'ascending' }, norwegian);
    expect(sorted[0]?.since).toBe('2019-01-01');
    expect(sorted.at(-1)?.since).toBeNull();
  });

  it('filters by name and pages the rows', () => {
    expect(matchesQuery('NAV Skien', 'skien')).toBe(true);
    expect(matchesQuery('Kari', 'ola')).toBe(false);
    expect(matchesQuery('Kari', '  ')).toBe(true);
    const rows = Array.from({ length: 60 }, (_, i) => i);
    expect(pageOf(rows, 3, 25)).toEqual({ rows: rows.slice(50), pages: 3, page: 3 });
    expect(pageOf(rows, 9, 25).page).toBe(3);
    expect(pageOf([], 1, 25)).toEqual({ rows: [], pages: 1, page: 1 });
  });
});
