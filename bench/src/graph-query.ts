import Database from 'better-sqlite3';
import { loadEnv } from '@brobygger/api/env';
import { startApp } from '@brobygger/api/server';
import type { BenchDatabase } from './fixture';
import { loggedInClient } from './api-client';
import { median, ms, report } from './stats';
import { productionSettings } from './production-settings';

const GRAPH = `{ graph { nodes { id label kind sector } edges { id source target kind crossSector } } }`;
const RUNS = 5;

/**
 * The same nodes and edges as the unfiltered graph query, read with plain better-sqlite3
 * statements and serialised with JSON.stringify: the floor the API is measured against.
 */
function plainGraph(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    const nodes = [
      ...db.prepare(`SELECT id, name AS label, 'ORGANIZATION' AS kind, sector FROM organizations`).all(),
      ...db
        .prepare(`SELECT id, name AS label, CASE is_participant WHEN 1 THEN 'PARTICIPANT' ELSE 'PERSON' END AS kind, sector FROM people`)
        .all(),
      ...db.prepare(`SELECT id, name AS label, 'NETWORK' AS kind, 'CIVIL' AS sector FROM networks`).all(),
    ];
    const sectorOf = new Map((nodes as { id: string; sector: string }[]).map((n) => [n.id, n.sector]));
    const edge = (id: string, source: string, target: string, kind: string) => ({
      id,
      source,
      target,
      kind,
      crossSector: sectorOf.get(source) !== sectorOf.get(target),
    });
    const edges: unknown[] = [];
    for (const r of db.prepare(`SELECT id, organization_id AS o FROM people WHERE organization_id IS NOT NULL`).all() as { id: string; o: string }[])
      edges.push(edge(`aff_${r.id}`, r.id, r.o, 'AFFILIATION'));
    for (const r of db.prepare(`SELECT id, person_a_id AS a, person_b_id AS b FROM connections`).all() as { id: string; a: string; b: string }[])
      edges.push(edge(r.id, r.a, r.b, 'CONNECTION'));
    for (const r of db
      .prepare(`SELECT id, network_id AS n, coalesce(person_id, organization_id) AS m FROM network_members`)
      .all() as { id: string; n: string; m: string }[])
      edges.push(edge(r.id, r.m, r.n, 'MEMBERSHIP'));
    const parties = db
      .prepare(`SELECT agreement_id AS a, coalesce(person_id, organization_id) AS p FROM agreement_parties ORDER BY agreement_id`)
      .all() as { a: string; p: string }[];
    const byAgreement = new Map<string, string[]>();
    for (const r of parties) (byAgreement.get(r.a) ?? byAgreement.set(r.a, []).get(r.a)!).push(r.p);
    for (const [a, ps] of byAgreement)
      for (let i = 0; i < ps.length; i += 1)
        for (let j = i + 1; j < ps.length; j += 1) edges.push(edge(`${a}_${ps[i]}_${ps[j]}`, ps[i]!, ps[j]!, 'AGREEMENT'));
    return JSON.stringify({ data: { graph: { nodes, edges } } });
  } finally {
    db.close();
  }
}

export async function benchGraphQuery(fixture: BenchDatabase): Promise<void> {
  const app = await startApp({ handle: fixture.handle, env: loadEnv(productionSettings(fixture.path)) }, 0);
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
      plainBytes = plainGraph(fixture.path).length;
      plain.push(performance.now() - started);
    }
    const floor = median(plain);
    report('Unfiltered graph query, synthetic network', [
      [`API over HTTP, reading the database, median of ${RUNS}`, `${ms(median(uncached))}  (${(bytes / 1e6).toFixed(1)} MB)`],
      [`API over HTTP, graph cached for this data version, median of ${RUNS}`, ms(median(cached))],
      [`plain better-sqlite3 + JSON.stringify, median of ${RUNS}`, `${ms(floor)}  (${(plainBytes / 1e6).toFixed(1)} MB)`],
      ['ratio API / plain, reading the database', `${(median(uncached) / floor).toFixed(2)}  (goal ≤ 2)`],
      ['ratio API / plain, cached', `${(median(cached) / floor).toFixed(2)}  (goal ≤ 2)`],
    ]);
  } finally {
    await app.stop();
  }
}
