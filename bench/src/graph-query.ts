import { loadEnv } from '@brobygger/api/env';
import { startApp } from '@brobygger/api/server';
import type { BenchDatabase } from './fixture';
import { loggedInClient } from './api-client';
import { figure, line, report } from './figures';
import type { GraphRows } from './plain/index';
import { median } from './stats';
import { productionSettings } from './production-settings';

const GRAPH = `{ graph { nodes { id label kind sector } edges { id source target kind crossSector } } }`;
const RUNS = 5;

/** The unfiltered graph query's answer, made from the plain rows: the same nodes and edges, serialised with JSON.stringify. */
function plainGraphJson(rows: GraphRows): string {
  const { nodes } = rows;
  const sectorOf = new Map(nodes.map((n) => [n.id, n.sector]));
  const edge = (id: string, source: string, target: string, kind: string) => ({
    id,
    source,
    target,
    kind,
    crossSector: sectorOf.get(source) !== sectorOf.get(target),
  });
  const edges: unknown[] = [];
  for (const r of rows.affiliations) edges.push(edge(`aff_${r.id}`, r.id, r.o, 'AFFILIATION'));
  for (const r of rows.connections) edges.push(edge(r.id, r.a, r.b, 'CONNECTION'));
  for (const r of rows.memberships) edges.push(edge(r.id, r.m, r.n, 'MEMBERSHIP'));
  const byAgreement = new Map<string, string[]>();
  for (const r of rows.parties) (byAgreement.get(r.a) ?? byAgreement.set(r.a, []).get(r.a)!).push(r.p);
  for (const [a, ps] of byAgreement)
    for (let i = 0; i < ps.length; i += 1)
      for (let j = i + 1; j < ps.length; j += 1) edges.push(edge(`${a}_${ps[i]}_${ps[j]}`, ps[i]!, ps[j]!, 'AGREEMENT'));
  return JSON.stringify({ data: { graph: { nodes, edges } } });
}

export async function benchGraphQuery(fixture: BenchDatabase): Promise<void> {
  const app = await startApp({ handle: fixture.handle, env: loadEnv(productionSettings(fixture.location)) }, 0);
  try {
    const client = await loggedInClient(app.url);
    const timed = async () => {
      const started = performance.now();
      const { bytes } = await client.post(GRAPH);
      return { ms: performance.now() - started, bytes };
    };
    await timed(); // compiles the query and warms the process
    // An empty write transaction bumps data_version, so the next request reads the database.
    const uncached: number[] = [];
    let bytes = 0;
    for (let i = 0; i < RUNS; i += 1) {
      await fixture.handle.transaction(() => Promise.resolve());
      const run = await timed();
      uncached.push(run.ms);
      bytes = run.bytes;
    }
    const cached: number[] = [];
    for (let i = 0; i < RUNS; i += 1) cached.push((await timed()).ms);
    const plain: number[] = [];
    let plainBytes = 0;
    for (let i = 0; i < RUNS; i += 1) {
      const started = performance.now();
      plainBytes = Buffer.byteLength(plainGraphJson(await fixture.plain.graphRows()));
      plain.push(performance.now() - started);
    }
    const floor = median(plain);
    const name = fixture.plain.name;
    report('Unfiltered graph query, synthetic network', [
      [
        `API over HTTP, reading the database, median of ${RUNS}`,
        line`${figure('graphQuery.apiMs', median(uncached), 'ms')}  (${figure('graphQuery.apiMB', bytes / 1e6, 'MB')})`,
      ],
      [`API over HTTP, graph cached for this data version, median of ${RUNS}`, figure('graphQuery.cachedMs', median(cached), 'ms')],
      [
        `${name} + JSON.stringify, median of ${RUNS}`,
        line`${figure('graphQuery.plainMs', floor, 'ms')}  (${figure('graphQuery.plainMB', plainBytes / 1e6, 'MB')})`,
      ],
      ['ratio API / plain, reading the database', line`${figure('graphQuery.apiToPlain', median(uncached) / floor, '×')}  (goal ≤ 2)`],
      ['ratio API / plain, cached', line`${figure('graphQuery.cachedToPlain', median(cached) / floor, '×')}  (goal ≤ 2)`],
    ]);
  } finally {
    await app.stop();
  }
}
