/**
 * One-off timing of exact betweenness on a seeded G(n, m) random graph of 5,000 nodes and
 * 15,000 edges, the size the networkx figure (~110 s on this machine) was taken on.
 * Not a test. Run from packages/graph with any TypeScript runner, e.g.
 *   node <path to tsx>/dist/cli.mjs test/measure-betweenness.ts
 */
import { UndirectedGraph } from 'graphology';
import { betweenness } from '../src/betweenness';
import { betweennessSampled } from '../src/betweenness-sampled';
import { computeAllMetrics } from '../src/compute-all';
import { constraint } from '../src/constraint';
import { toCsr } from '../src/csr';
import { pagerank } from '../src/pagerank';
import { seededRandom } from '../src/rng';
import { SECTORS } from '../src/types';

function randomGraph(n: number, m: number, seed: number): UndirectedGraph {
  const random = seededRandom(seed);
  const graph = new UndirectedGraph();
  for (let i = 0; i < n; i++)
    graph.addNode(`n${i}`, { sector: SECTORS[Math.floor(random() * 3)], kind: 'PERSON' });
  while (graph.size < m) {
    const a = Math.floor(random() * n);
    const b = Math.floor(random() * n);
    if (a !== b && !graph.hasEdge(`n${a}`, `n${b}`))
      graph.addEdge(`n${a}`, `n${b}`, { kind: 'CONNECTION' });
  }
  return graph;
}

// CPU time is printed beside wall time because the machine is shared: wall time grows with others' load.
function time<T>(label: string, run: () => T): T {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(cpu);
  const wall = (performance.now() - start) / 1000;
  console.log(
    `${label}: ${wall.toFixed(3)} s wall, ${((used.user + used.system) / 1e6).toFixed(3)} s CPU`,
  );
  return result;
}

const graph = randomGraph(5000, 15000, 42);
const csr = time('pack CSR', () => toCsr(graph));
time('betweenness (exact, from graph, incl. packing)', () => betweenness(graph));
for (let run = 1; run <= 3; run++)
  time(`betweenness (exact, on CSR), run ${run}`, () => betweenness(csr));
time('betweenness (sampled, 500 sources)', () => betweennessSampled(csr, { samples: 500 }));
time('constraint', () => constraint(csr));
time('pagerank', () => pagerank(csr));
time('computeAllMetrics', () => computeAllMetrics(graph));
const large = randomGraph(20000, 60000, 43);
const all = time('computeAllMetrics on 20,000 / 60,000 (sampled betweenness)', () =>
  computeAllMetrics(large),
);
console.log('sampling', all.sampling);
