import { schema } from '@brobygger/db';
import type { BenchDatabase } from './fixture';
import { loggedInClient } from './api-client';
import { figure, line, report } from './figures';
import { startApiProcess } from './load-servers';
import type { GraphRows } from './plain/index';
import { median } from './stats';

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

/**
 * One request as a browser makes it, timed from sending to the last byte received. The body is
 * neither decoded nor parsed (the plain side does neither); an answer with errors, which
 * starts otherwise, fails the section.
 */
async function timedRequest(url: string, cookie: string, query: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query }),
  });
  const body = Buffer.from(await response.arrayBuffer());
  const ms = performance.now() - started;
  if (!response.ok || !body.subarray(0, 9).equals(Buffer.from('{"data":{'))) throw new Error(`graph query failed: ${body.subarray(0, 300).toString()}`);
  return { ms, bytes: body.length };
}

/**
 * The unfiltered graph as a coordinator reads it, from the API in a process of its own (as it
 * serves; the bench's client then does not share its thread), beside the same rows read
 * plainly and serialised in this process.
 */
export async function benchGraphQuery(fixture: BenchDatabase): Promise<void> {
  const api = await startApiProcess(fixture.location);
  try {
    const cookie = (await loggedInClient(api.url)).cookie();
    const timed = () => timedRequest(api.url, cookie, GRAPH);
    await timed(); // compiles the query and warms the process
    // A write to a table the region's graph reads (the networks' names written again) bumps the
    // region's graph version, so the next request reads the database.
    const uncached: number[] = [];
    let bytes = 0;
    for (let i = 0; i < RUNS; i += 1) {
      await fixture.handle.transaction((tx) => tx.update(schema.networks).set({ name: schema.networks.name }));
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
    report('Unfiltered graph query, synthetic network (API in its own process, answer read to the last byte)', [
      [
        `API over HTTP, reading the database, median of ${RUNS}`,
        line`${figure('graphQuery.apiMs', median(uncached), 'ms')}  (${figure('graphQuery.apiMB', bytes / 1e6, 'MB')})`,
      ],
      [`API over HTTP, graph cached for this graph version, median of ${RUNS}`, figure('graphQuery.cachedMs', median(cached), 'ms')],
      [
        `${name} + JSON.stringify, median of ${RUNS}`,
        line`${figure('graphQuery.plainMs', floor, 'ms')}  (${figure('graphQuery.plainMB', plainBytes / 1e6, 'MB')})`,
      ],
      ['ratio API / plain, reading the database', line`${figure('graphQuery.apiToPlain', median(uncached) / floor, '×')}  (goal ≤ 2)`],
      ['ratio API / plain, cached', line`${figure('graphQuery.cachedToPlain', median(cached) / floor, '×')}  (goal ≤ 2)`],
    ]);
  } finally {
    await api.stop();
  }
}
