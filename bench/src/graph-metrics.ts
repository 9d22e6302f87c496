import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadEnv } from '@brobygger/api/env';
import { startApp } from '@brobygger/api/server';
import {
  betweenness,
  computeAllMetrics,
  constraint,
  graphFromPlain,
  pagerank,
  SECTORS,
  toCsr,
  type NodeMetric,
  type PlainGraph,
} from '@brobygger/graph';
import { loggedInClient } from './api-client';
import type { BenchDatabase } from './fixture';
import { figure, line, report, type Row } from './figures';
import { productionSettings } from './production-settings';

const run = promisify(execFile);

const PLAIN_GRAPH = `{ graph {
  nodes { id kind sector }
  edges { id source target kind weight agreementId agreementStatus }
} }`;
const STATS = `{ graphStats { nodeCount { value } betweenness { method samples epsilon } } }`;
const METRICS = `{ graph { nodes { id metrics { betweenness pagerank constraint } } } }`;

/** Wall and CPU time of one synchronous call; CPU too, since the machine is shared. */
function timed<T>(work: () => T): { result: T; wallMs: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = work();
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { result, wallMs, cpuMs: (used.user + used.system) / 1000 };
}

/** The call of median CPU time among `times` calls: one collection or one slow first call does not decide it. */
function medianTimed<T>(work: () => T, times: number): { result: T; wallMs: number; cpuMs: number } {
  const runs = Array.from({ length: times }, () => timed(work)).sort((a, b) => a.cpuMs - b.cpuMs);
  return runs[Math.floor(times / 2)]!;
}

async function wall(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** All metrics of the synthetic network: in this process, and through the API (worker, then cache). */
async function benchSyntheticMetrics(fixture: BenchDatabase): Promise<void> {
  const app = await startApp({ handle: fixture.handle, env: loadEnv(productionSettings(fixture.location)) }, 0);
  try {
    const client = await loggedInClient(app.url);
    const { text } = await client.post(PLAIN_GRAPH);
    const plain = (JSON.parse(text) as { data: { graph: PlainGraph } }).data.graph;
    const direct = timed(() => computeAllMetrics(plain));
    const { sampling } = direct.result;
    const firstStats = await wall(() => client.post(STATS));
    const cachedStats = await wall(() => client.post(STATS));
    const cachedNodes = await wall(() => client.post(METRICS));
    report('All metrics on the synthetic network', [
      [
        'nodes / edges',
        line`${figure('metrics.synthetic.nodes', plain.nodes.length, 'count')} / ${figure('metrics.synthetic.edges', plain.edges.length, 'count')}`,
      ],
      [
        'computeAllMetrics in this process',
        line`${figure('metrics.all.wallMs', direct.wallMs, 'ms')} wall, ${figure('metrics.all.cpuMs', direct.cpuMs, 'ms')} CPU`,
      ],
      [
        'betweenness and closeness',
        sampling.method === 'exact'
          ? figure('metrics.all.betweennessMethod', 'exact', '')
          : line`${figure('metrics.all.betweennessMethod', 'sampled', '')} from ${figure('metrics.all.betweennessSamples', sampling.samples, 'sources')}, ±${figure('metrics.all.betweennessEpsilon', sampling.betweennessEpsilon, '', { digits: 3 })} (p ≥ ${1 - sampling.delta})`,
      ],
      ['API graphStats over HTTP, computed in the worker', figure('metrics.api.graphStatsMs', firstStats, 'ms')],
      ['API graphStats over HTTP, cached', figure('metrics.api.graphStatsCachedMs', cachedStats, 'ms')],
      ['API graph with every node’s metrics, cached', figure('metrics.api.nodeMetricsCachedMs', cachedNodes, 'ms')],
    ]);
  } finally {
    await app.stop();
  }
}

/** A seeded G(n, m) random graph (mulberry32), the size the issue's networkx figures were taken on. */
function randomGraph(n: number, m: number, seed: number): PlainGraph & { pairs: [number, number][] } {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, sector: SECTORS[i % 3]!, kind: 'PERSON' as const }));
  const seen = new Set<string>();
  const pairs: [number, number][] = [];
  while (pairs.length < m) {
    const a = Math.floor(random() * n);
    const b = Math.floor(random() * n);
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    pairs.push([a, b]);
  }
  const edges = pairs.map(([a, b], i) => ({ id: `e${i}`, source: `n${a}`, target: `n${b}`, kind: 'CONNECTION' as const }));
  return { nodes, edges, pairs };
}

const PYTHON_NETWORKX = `
import json, sys, time
import networkx as nx
data = json.load(open(sys.argv[1]))
G = nx.Graph()
G.add_nodes_from(range(data["n"]))
G.add_edges_from(data["pairs"])
out = {}
for name, run in [
    ("pagerank", lambda: nx.pagerank(G, tol=1e-12, max_iter=1000)),
    ("constraint", lambda: nx.constraint(G)),
    ("betweenness", lambda: nx.betweenness_centrality(G, normalized=True)),
]:
    started, cpu = time.perf_counter(), time.process_time()
    values = run()
    out[name] = {"seconds": time.perf_counter() - started, "cpuSeconds": time.process_time() - cpu, "values": [values[i] for i in range(data["n"])]}
print(json.dumps(out))
`;

const REPEATS = 5;

const PYTHON_IGRAPH = `
import json, sys, time
import igraph as ig
REPEATS = ${REPEATS}
data = json.load(open(sys.argv[1]))
n = data["n"]
g = ig.Graph(n=n, edges=data["pairs"])
out = {}
def timed(run):
    # The median of REPEATS calls, as ours is timed.
    runs = []
    for _ in range(REPEATS):
        started, cpu = time.perf_counter(), time.process_time()
        values = run()
        runs.append((time.process_time() - cpu, time.perf_counter() - started, values))
    cpu_seconds, seconds, values = sorted(runs, key=lambda r: r[0])[len(runs) // 2]
    return {"seconds": seconds, "cpuSeconds": cpu_seconds, "values": values}
out["betweenness"] = timed(lambda: [x / ((n - 1) * (n - 2) / 2) for x in g.betweenness(directed=False)])
out["constraint"] = timed(lambda: g.constraint())
out["pagerank"] = timed(lambda: g.pagerank())
print(json.dumps(out))
`;

type Reference = Record<'betweenness' | 'constraint' | 'pagerank', { seconds: number; cpuSeconds: number; values: (number | null)[] }>;

/** The python3 that has the module, or null: the default one first, then Debian's. */
async function pythonWith(module: string): Promise<string | null> {
  for (const python of ['python3', '/usr/bin/python3']) {
    if (await run(python, ['-c', `import ${module}`]).then(() => true, () => false)) return python;
  }
  return null;
}

/** Largest |ours − theirs|; NaN where only one side is undefined (networkx writes NaN as NaN, JSON as null). */
function maxDifference(ours: NodeMetric, theirs: readonly (number | null)[], n: number): number {
  let max = 0;
  for (let i = 0; i < n; i++) {
    const a = ours[`n${i}`]!;
    const b = theirs[i] ?? Number.NaN;
    if (Number.isNaN(a) && Number.isNaN(b)) continue;
    const difference = Math.abs(a - b);
    if (!(difference <= max)) max = difference;
  }
  return max;
}

async function runReference(python: string, script: string, input: string, env: Record<string, string> = {}): Promise<Reference> {
  const { stdout } = await run(python, ['-c', script, input], {
    maxBuffer: 64 * 1024 * 1024,
    timeout: 15 * 60_000,
    env: { ...process.env, ...env },
  });
  // json.dumps writes NaN, which JSON.parse refuses.
  return JSON.parse(stdout.replace(/\bNaN\b/g, 'null')) as Reference;
}

/**
 * Our betweenness, constraint and PageRank against networkx (and igraph, when installed) on
 * one random graph. CPU time is printed beside wall time: on a shared machine wall time
 * grows with others' load, and the two runs do not see the same load.
 */
async function benchAgainstNetworkx(): Promise<void> {
  const n = 5000;
  const m = 15_000;
  const graph = randomGraph(n, m, 42);
  const csr = toCsr(graphFromPlain(graph));
  // Median of REPEATS calls each, as igraph's; networkx, minutes a call, is timed once.
  const ours = {
    betweenness: medianTimed(() => betweenness(csr), REPEATS),
    constraint: medianTimed(() => constraint(csr), REPEATS),
    pagerank: medianTimed(() => pagerank(csr), REPEATS),
  };
  const metrics = ['betweenness', 'constraint', 'pagerank'] as const;
  const rows: Row[] = metrics.map((metric) => [
    `${metric}: ours, wall / CPU (median of ${REPEATS})`,
    line`${figure(`metrics.${metric}.wallMs`, ours[metric].wallMs, 'ms')} / ${figure(`metrics.${metric}.cpuMs`, ours[metric].cpuMs, 'ms')}`,
  ]);
  const dir = mkdtempSync(join(tmpdir(), 'brobygger-bench-nx-'));
  try {
    const input = join(dir, 'graph.json');
    writeFileSync(input, JSON.stringify({ n, pairs: graph.pairs }));
    /** `name` is the reference's id part (networkx, igraph), `label` how it is printed. */
    const compare = (name: string, label: string, reference: Reference) => {
      for (const metric of metrics) {
        const theirs = reference[metric];
        const difference = maxDifference(ours[metric].result, theirs.values, n);
        const id = (figureName: string) => `metrics.${metric}.${figureName}`;
        const capitalised = name[0]!.toUpperCase() + name.slice(1);
        rows.push(
          [
            `${metric}: ${label}, wall / CPU`,
            line`${figure(id(`${name}WallMs`), theirs.seconds * 1000, 'ms')} / ${figure(id(`${name}CpuMs`), theirs.cpuSeconds * 1000, 'ms')}  (ours takes ${figure(id(`cpuRatioTo${capitalised}`), ours[metric].cpuMs / (theirs.cpuSeconds * 1000), '×', { digits: 3 })} their CPU time)`,
          ],
          [
            `${metric}: largest difference from ${label}`,
            line`${figure(id(`maxDifferenceVs${capitalised}`), difference, '', { exponential: true })}  (${difference <= 1e-9 ? 'all values agree to 1e-9' : 'DIFFER beyond 1e-9'})`,
          ],
        );
      }
    };
    const networkx = await pythonWith('networkx');
    if (networkx && process.env.BENCH_SKIP_NETWORKX !== '1') {
      console.log('\n(networkx betweenness on 5,000 nodes takes about two minutes…)');
      compare('networkx', 'networkx', await runReference(networkx, PYTHON_NETWORKX, input));
    } else rows.push(['networkx', networkx ? 'skipped (BENCH_SKIP_NETWORKX=1)' : 'not installed: skipped']);
    const igraph = await pythonWith('igraph');
    // One thread, as ours: Debian's igraph spins OpenMP threads whose CPU time swings with the machine's load.
    if (igraph) compare('igraph', 'igraph (C, one thread)', await runReference(igraph, PYTHON_IGRAPH, input, { OMP_NUM_THREADS: '1' }));
    else rows.push(['igraph (C)', 'python3 has no igraph: skipped']);
    report(`Betweenness, constraint and PageRank against networkx, random graph ${n} nodes / ${m} edges (seed 42)`, rows);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchGraphMetrics(fixture: BenchDatabase): Promise<void> {
  await benchSyntheticMetrics(fixture);
  await benchAgainstNetworkx();
}
