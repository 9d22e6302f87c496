import { MultiUndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { toCsr } from './csr';
import type { Csr } from './csr';
import { pagerank } from './pagerank';
import { seededRandom } from './rng';

/**
 * networkx's power iteration spelled out plainly: share = x / strength, dangling mass
 * spread uniformly, stop when the L1 change is below n × tolerance.
 */
function plainPowerIteration(csr: Csr, weighted: boolean): Record<string, number> {
  const n = csr.nodeCount;
  const weightOf = (e: number) => (weighted ? (csr.weights[e] as number) : 1);
  const strength = Array.from({ length: n }, (_, v) => {
    let sum = 0;
    for (let e = csr.offsets[v] as number; e < (csr.offsets[v + 1] as number); e++)
      sum += weightOf(e);
    return sum;
  });
  let x = new Array<number>(n).fill(1 / n);
  for (let iteration = 0; iteration < 1000; iteration++) {
    let dangling = 0;
    const share = x.map((value, v) => {
      if (strength[v] === 0) dangling += value;
      return strength[v] === 0 ? 0 : value / (strength[v] as number);
    });
    const base = 0.85 * (dangling / n) + (1 - 0.85) / n;
    const next = x.map((_, v) => {
      let sum = 0;
      for (let e = csr.offsets[v] as number; e < (csr.offsets[v + 1] as number); e++)
        sum += weightOf(e) * (share[csr.targets[e] as number] as number);
      return 0.85 * sum + base;
    });
    const change = next.reduce((total, value, v) => total + Math.abs(value - (x[v] as number)), 0);
    x = next;
    if (change < n * 1e-12) break;
  }
  return Object.fromEntries(csr.ids.map((id, i) => [id, x[i] as number]));
}

/** A random graph without parallel edges or self-loops (toCsr would merge or drop them). */
function randomGraph(n: number, m: number, seed: number, weighted: boolean): MultiUndirectedGraph {
  const random = seededRandom(seed);
  const graph = new MultiUndirectedGraph();
  for (let i = 0; i < n; i++) graph.addNode(`n${i}`);
  while (graph.size < m) {
    const a = `n${Math.floor(random() * n)}`;
    const b = `n${Math.floor(random() * n)}`;
    if (a === b || graph.areNeighbors(a, b)) continue;
    graph.addEdge(a, b, weighted ? { weight: 1 + Math.floor(random() * 4) } : {});
  }
  return graph;
}

describe('pagerank', () => {
  // Sparse enough to leave nodes without ties: dangling mass must be spread.
  const graph = randomGraph(400, 500, 7, true);

  it('does the plain iteration’s arithmetic exactly, weighted and unweighted, with dangling nodes', () => {
    const csr = toCsr(graph);
    expect(pagerank(csr)).toEqual(plainPowerIteration(csr, true));
    expect(pagerank(csr, { weight: null })).toEqual(plainPowerIteration(csr, false));
    const unweighted = toCsr(graph, { weight: null });
    expect(pagerank(unweighted, { weight: null })).toEqual(plainPowerIteration(unweighted, false));
  });

  it('gives the same ranks for weight 1 on every tie as for no weights', () => {
    const ones = randomGraph(300, 900, 8, false);
    expect(pagerank(toCsr(ones))).toEqual(
      pagerank(toCsr(ones, { weight: null }), { weight: null }),
    );
  });

  it('sums to 1 and throws when it cannot converge', () => {
    const ranks = Object.values(pagerank(graph));
    expect(ranks.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(() => pagerank(graph, { maxIterations: 2 })).toThrow(
      '@brobygger/graph/pagerank: did not converge in 2 iterations',
    );
    expect(pagerank(new MultiUndirectedGraph())).toEqual({});
  });
});
