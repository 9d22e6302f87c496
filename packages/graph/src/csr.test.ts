import { MultiUndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { constraint } from './constraint';
import { toCsr } from './csr';

function neighbours(csr: ReturnType<typeof toCsr>, id: string): Array<[string, number]> {
  const i = csr.index.get(id) as number;
  const result: Array<[string, number]> = [];
  for (let e = csr.offsets[i] as number; e < (csr.offsets[i + 1] as number); e++) {
    result.push([csr.ids[csr.targets[e] as number] as string, csr.weights[e] as number]);
  }
  return result.sort();
}

describe('toCsr', () => {
  const graph = new MultiUndirectedGraph({ allowSelfLoops: true });
  graph.addNode('a', { sector: 'BUSINESS' });
  graph.addNode('b', { sector: 'CIVIL' });
  graph.addNode('c', { sector: 'SOMETHING' });
  graph.addEdge('a', 'b', { weight: 2 });
  graph.addEdge('b', 'a', { weight: 3 });
  graph.addEdge('b', 'c', {});
  graph.addEdge('c', 'c', { weight: 7 });

  it('merges parallel edges (summing weights), drops self-loops, weighs missing as 1', () => {
    const csr = toCsr(graph);
    expect(csr.edgeCount).toBe(2);
    expect(neighbours(csr, 'a')).toEqual([['b', 5]]);
    expect(neighbours(csr, 'b')).toEqual([
      ['a', 5],
      ['c', 1],
    ]);
    expect(neighbours(csr, 'c')).toEqual([['b', 1]]);
    expect(Array.from(csr.sectors)).toEqual([0, 2, -1]);
  });

  it('links each slot to the same tie seen from the other end', () => {
    const csr = toCsr(graph);
    for (let e = 0; e < csr.targets.length; e++) {
      const back = csr.reverse[e] as number;
      expect(csr.reverse[back]).toBe(e);
      expect(csr.offsets[csr.targets[e] as number]).toBeLessThanOrEqual(back);
    }
  });

  it('gives every tie weight 1 when unweighted', () => {
    expect(neighbours(toCsr(graph, { weight: null }), 'a')).toEqual([['b', 1]]);
  });

  it('refuses a CSR packed with another weight than asked for', () => {
    expect(() => constraint(toCsr(graph, { weight: null }), { weight: 'weight' })).toThrow(
      '@brobygger/graph/constraint: weight "weight" asked for, but the CSR was built with no weights',
    );
  });
});
