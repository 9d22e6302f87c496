import { MultiUndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { brandesSweep } from './brandes-sweep';
import { toCsr } from './csr';
import type { Csr } from './csr';
import { seededRandom } from './rng';

/** Textbook Brandes with a queue, a stack and predecessor lists, one source at a time. */
function referenceSweep(csr: Csr, sources: readonly number[]) {
  const n = csr.nodeCount;
  const dependency = new Float64Array(n);
  const inverseDistance = new Float64Array(n);
  const distanceSum = new Float64Array(n);
  const reachedBy = new Float64Array(n);
  const paths = { lengthSum: 0, count: 0, longest: 0 };
  for (const s of sources) {
    const dist = new Array<number>(n).fill(-1);
    const sigma = new Array<number>(n).fill(0);
    const delta = new Array<number>(n).fill(0);
    const predecessors = Array.from({ length: n }, () => [] as number[]);
    const stack: number[] = [];
    const queue = [s];
    dist[s] = 0;
    sigma[s] = 1;
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head] as number;
      stack.push(v);
      for (let e = csr.offsets[v] as number; e < (csr.offsets[v + 1] as number); e++) {
        const w = csr.targets[e] as number;
        if ((dist[w] as number) < 0) {
          dist[w] = (dist[v] as number) + 1;
          queue.push(w);
        }
        if (dist[w] === (dist[v] as number) + 1) {
          sigma[w] = (sigma[w] as number) + (sigma[v] as number);
          predecessors[w]?.push(v);
        }
      }
    }
    for (const w of stack) {
      if (w === s) continue;
      const d = dist[w] as number;
      inverseDistance[w] = (inverseDistance[w] as number) + 1 / d;
      distanceSum[w] = (distanceSum[w] as number) + d;
      reachedBy[w] = (reachedBy[w] as number) + 1;
      paths.lengthSum += d;
      paths.count += 1;
      paths.longest = Math.max(paths.longest, d);
    }
    while (stack.length > 0) {
      const w = stack.pop() as number;
      for (const v of predecessors[w] ?? []) {
        delta[v] =
          (delta[v] as number) +
          ((sigma[v] as number) / (sigma[w] as number)) * (1 + (delta[w] as number));
      }
      if (w !== s) dependency[w] = (dependency[w] as number) + (delta[w] as number);
    }
  }
  return { dependency, inverseDistance, distanceSum, reachedBy, paths };
}

function graphOf(n: number, edges: Array<[number, number]>): MultiUndirectedGraph {
  const graph = new MultiUndirectedGraph();
  for (let i = 0; i < n; i++) graph.addNode(`n${i}`);
  for (const [a, b] of edges) graph.addEdge(`n${a}`, `n${b}`);
  return graph;
}

function randomEdges(n: number, m: number, seed: number): Array<[number, number]> {
  const random = seededRandom(seed);
  return Array.from(
    { length: m },
    () => [Math.floor(random() * n), Math.floor(random() * n)] as [number, number],
  );
}

const GRAPHS: Array<[string, MultiUndirectedGraph]> = [
  ['sparse random, several components and isolated nodes', graphOf(300, randomEdges(300, 330, 1))],
  ['denser random', graphOf(200, randomEdges(200, 1200, 2))],
  [
    'long path',
    graphOf(
      400,
      Array.from({ length: 399 }, (_, i) => [i, i + 1] as [number, number]),
    ),
  ],
  [
    'star',
    graphOf(
      60,
      Array.from({ length: 59 }, (_, i) => [0, i + 1] as [number, number]),
    ),
  ],
  [
    'complete',
    graphOf(
      25,
      Array.from({ length: 25 }, (_, a) =>
        Array.from({ length: a }, (_, b) => [a, b] as [number, number]),
      ).flat(),
    ),
  ],
  [
    'ladder of diamonds (path counts double at each)',
    graphOf(
      91,
      Array.from({ length: 30 }, (_, d) => [
        [3 * d, 3 * d + 1] as [number, number],
        [3 * d, 3 * d + 2] as [number, number],
        [3 * d + 1, 3 * d + 3] as [number, number],
        [3 * d + 2, 3 * d + 3] as [number, number],
      ]).flat(),
    ),
  ],
];

function largestRelativeError(actual: Float64Array, expected: Float64Array): number {
  let worst = 0;
  for (let i = 0; i < expected.length; i++) {
    const error =
      Math.abs((actual[i] as number) - (expected[i] as number)) /
      Math.max(1, Math.abs(expected[i] as number));
    worst = Math.max(worst, error);
  }
  return worst;
}

describe('brandesSweep (levels expanded top-down or bottom-up)', () => {
  describe.each(GRAPHS)('%s', (_name, graph) => {
    const csr = toCsr(graph, { weight: null });
    const n = csr.nodeCount;
    const everySource = Array.from({ length: n }, (_, i) => i);
    const someSources = Int32Array.from({ length: 9 }, (_, i) => (i * 37) % n);

    it('matches textbook Brandes from every source, whatever is asked for', () => {
      const expected = referenceSweep(csr, everySource);
      const dependencyOnly = brandesSweep(csr, null, { dependency: true, inverseDistance: false });
      const everything = brandesSweep(csr, null, {
        dependency: true,
        inverseDistance: true,
        distances: true,
      });
      const distancesOnly = brandesSweep(csr, null, {
        dependency: false,
        inverseDistance: false,
        distances: true,
      });
      for (const totals of [dependencyOnly, everything]) {
        expect(
          largestRelativeError(totals.dependency as Float64Array, expected.dependency),
        ).toBeLessThan(1e-12);
      }
      expect(everything.inverseDistance).toEqual(expected.inverseDistance);
      expect(everything.distanceSum).toEqual(expected.distanceSum);
      expect(everything.reachedBy).toEqual(expected.reachedBy);
      expect(everything.paths).toEqual(expected.paths);
      expect(distancesOnly.dependency).toBeNull();
      expect(distancesOnly.inverseDistance).toBeNull();
      expect(distancesOnly.distanceSum).toEqual(expected.distanceSum);
      expect(distancesOnly.paths).toEqual(expected.paths);
      expect(dependencyOnly.sourceCount).toBe(n);
    });

    it('matches it from a sample of sources', () => {
      const expected = referenceSweep(csr, Array.from(someSources));
      const totals = brandesSweep(csr, someSources, {
        dependency: true,
        inverseDistance: true,
        distances: true,
      });
      expect(
        largestRelativeError(totals.dependency as Float64Array, expected.dependency),
      ).toBeLessThan(1e-12);
      expect(totals.inverseDistance).toEqual(expected.inverseDistance);
      expect(totals.paths).toEqual(expected.paths);
      expect(totals.sourceCount).toBe(someSources.length);
      expect(Array.from(totals.isSource).reduce((a, b) => a + b, 0)).toBe(
        new Set(someSources).size,
      );
    });
  });

  it('leaves nothing behind between calls', () => {
    const csr = toCsr(GRAPHS[0]?.[1] as MultiUndirectedGraph, { weight: null });
    const first = brandesSweep(csr, null, { dependency: true, inverseDistance: true });
    expect(brandesSweep(csr, null, { dependency: true, inverseDistance: true })).toEqual(first);
  });
});
