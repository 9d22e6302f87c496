import { MultiUndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { constraint } from './constraint';
import { toCsr } from './csr';
import type { Csr } from './csr';
import { seededRandom } from './rng';
import { forEachTriangle, forwardTies } from './triangles';

function randomGraph(n: number, m: number, seed: number): MultiUndirectedGraph {
  const random = seededRandom(seed);
  const graph = new MultiUndirectedGraph({ allowSelfLoops: true });
  for (let i = 0; i < n; i++) graph.addNode(`n${i}`);
  for (let i = 0; i < m; i++) {
    const a = Math.floor(random() * n);
    const b = Math.floor(random() * n);
    graph.addEdge(`n${a}`, `n${b}`, { weight: 1 + Math.floor(random() * 3) });
  }
  return graph;
}

function neighbourWeights(csr: Csr, u: number, weighted: boolean): Map<number, number> {
  const result = new Map<number, number>();
  for (let e = csr.offsets[u] as number; e < (csr.offsets[u + 1] as number); e++)
    result.set(csr.targets[e] as number, weighted ? (csr.weights[e] as number) : 1);
  return result;
}

/** Burt's constraint straight from the definition, over every pair of neighbours. */
function constraintByDefinition(csr: Csr, weighted: boolean): Record<string, number> {
  const rows = Array.from({ length: csr.nodeCount }, (_, u) => neighbourWeights(csr, u, weighted));
  const p = (a: number, b: number) => {
    const row = rows[a] as Map<number, number>;
    const total = [...row.values()].reduce((x, y) => x + y, 0);
    return (row.get(b) ?? 0) / total;
  };
  const result: Record<string, number> = {};
  rows.forEach((row, u) => {
    if (row.size === 0) {
      result[csr.ids[u] as string] = Number.NaN;
      return;
    }
    let sum = 0;
    for (const v of row.keys()) {
      let local = p(u, v);
      for (const w of row.keys()) if (w !== v && rows[w]?.has(v)) local += p(u, w) * p(w, v);
      sum += local * local;
    }
    result[csr.ids[u] as string] = sum;
  });
  return result;
}

describe('triangles', () => {
  // Many nodes share a degree, so the index must break ties in the ranking.
  const csr = toCsr(randomGraph(80, 400, 5));

  it('orients every tie once, from the lower (degree, index) end', () => {
    const { starts, slots } = forwardTies(csr);
    expect(slots.length).toBe(csr.edgeCount);
    const degree = (v: number) => (csr.offsets[v + 1] as number) - (csr.offsets[v] as number);
    const seen = new Set<number>();
    for (let u = 0; u < csr.nodeCount; u++) {
      for (let i = starts[u] as number; i < (starts[u + 1] as number); i++) {
        const slot = slots[i] as number;
        const t = csr.targets[slot] as number;
        expect(slot).toBeGreaterThanOrEqual(csr.offsets[u] as number);
        expect(slot).toBeLessThan(csr.offsets[u + 1] as number);
        expect(degree(t) > degree(u) || (degree(t) === degree(u) && t > u)).toBe(true);
        seen.add(Math.min(slot, csr.reverse[slot] as number));
      }
    }
    expect(seen.size).toBe(csr.edgeCount);
  });

  it('visits every triangle exactly once, with the slots of its ties', () => {
    const found: string[] = [];
    forEachTriangle(csr, (u, v, w, uv, vw, uw) => {
      expect([csr.targets[uv], csr.targets[vw], csr.targets[uw]]).toEqual([v, w, w]);
      found.push([u, v, w].sort((a, b) => a - b).join(','));
    });
    const expected: string[] = [];
    const rows = Array.from({ length: csr.nodeCount }, (_, u) => neighbourWeights(csr, u, false));
    for (let a = 0; a < csr.nodeCount; a++)
      for (const b of rows[a]?.keys() ?? [])
        for (const c of rows[b]?.keys() ?? [])
          if (a < b && b < c && rows[a]?.has(c)) expected.push(`${a},${b},${c}`);
    expect(found.length).toBeGreaterThan(10);
    expect(found.sort()).toEqual(expected.sort());
  });

  it('gives constraint as its definition does, weighted and unweighted', () => {
    for (const weighted of [false, true]) {
      const ours = constraint(csr, { weight: weighted ? 'weight' : null });
      const reference = constraintByDefinition(csr, weighted);
      for (const [id, value] of Object.entries(reference)) {
        if (Number.isNaN(value)) expect(ours[id]).toBeNaN();
        else expect(Math.abs((ours[id] as number) - value)).toBeLessThan(1e-12);
      }
    }
  });
});
