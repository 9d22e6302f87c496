import { describe, expect, it } from 'vitest';
import { MAX_SUGGESTIONS, matchNodes } from './label-search';
import type { GraphNodeData } from './types';

const node = (id: string, label: string): GraphNodeData => ({
  id,
  label,
  kind: 'PERSON',
  sector: 'CIVIL',
});

describe('the suggestions of the search box and the node picker', () => {
  const nodes = [
    node('1', 'Kari Nordmann'),
    node('2', 'NAV Skien'),
    node('3', 'Skien kommune'),
    node('4', 'Karin Skau'),
  ];

  it('wait for two letters', () => {
    expect(matchNodes(nodes, 'k')).toEqual([]);
    expect(matchNodes(nodes, '  ')).toEqual([]);
  });

  it('put names starting with the query before names containing it, ignoring case', () => {
    expect(matchNodes(nodes, 'SKI').map((n) => n.id)).toEqual(['3', '2']);
    expect(matchNodes(nodes, ' kar ').map((n) => n.id)).toEqual(['1', '4']);
  });

  it('offer a dozen at most, starts first, even when the contains come earlier in the list', () => {
    const many = [
      ...Array.from({ length: 20 }, (_, i) => node(`c${i}`, `Ola Skien ${i}`)),
      ...Array.from({ length: 20 }, (_, i) => node(`s${i}`, `Skien ${i}`)),
    ];
    const found = matchNodes(many, 'skien');
    expect(found).toHaveLength(MAX_SUGGESTIONS);
    expect(found.every((n) => n.id.startsWith('s'))).toBe(true);
  });

  it('follow a new list of nodes (a new graph), not the labels of an older one', () => {
    expect(matchNodes(nodes, 'nav').map((n) => n.id)).toEqual(['2']);
    expect(matchNodes([node('9', 'Navnløs')], 'nav').map((n) => n.id)).toEqual(['9']);
  });
});
