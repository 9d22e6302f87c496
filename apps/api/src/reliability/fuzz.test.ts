import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_LOGINS } from '@brobygger/db/seed';
import { generateOperations, sessionEndingOperations, type FuzzOperation } from './fuzz-operations';
import { random } from './fuzz-values';
import { isHealthy, spawnServer, tempDir, type ServerProcess } from './server-process';

const REPO_ROOT = resolve(fileURLToPath(import.meta.url), '../../../../..');
const SEED = Number(process.env.FUZZ_SEED ?? 20260801);
const COUNT = Number(process.env.FUZZ_COUNT ?? 2000);
const BATCH = 120;
const PARALLEL = 8;
const LEAKS = ['SQLITE', 'SELECT ', ' at /', 'node_modules'];

interface Finding {
  role: string;
  operation: FuzzOperation;
  problem: string;
  status: number;
  detail: string;
}

const tmp = tempDir('brobygger-fuzz-');
let server: ServerProcess;
/** Session cookies by role; "ANONYMOUS" has none. */
const sessions = new Map<string, string>();

beforeAll(async () => {
  server = await spawnServer({ database: { path: join(tmp.dir, 'fuzz.db') }, seedDemo: true });
  sessions.set('ANONYMOUS', '');
  for (const login of DEMO_LOGINS) {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { user { id } } }',
        variables: { e: login.email, p: login.password },
      }),
    });
    sessions.set(login.role, (response.headers.get('set-cookie') ?? '').split(';', 1)[0] ?? '');
  }
}, 120_000);

afterAll(async () => {
  await server?.kill();
  tmp.cleanup();
});

/** What is wrong with one answer, or null: a 5xx, a leak, an error without a code, not JSON. */
function problemWith(status: number, body: string): { problem: string; detail: string } | null {
  if (status >= 500) return { problem: `HTTP ${status}`, detail: body.slice(0, 400) };
  for (const leak of LEAKS) {
    const at = body.indexOf(leak);
    if (at >= 0) return { problem: `leaks "${leak}"`, detail: body.slice(Math.max(0, at - 200), at + 200) };
  }
  let parsed: { errors?: { message?: string; extensions?: { code?: unknown } }[] };
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    return { problem: 'not JSON', detail: body.slice(0, 400) };
  }
  for (const error of parsed.errors ?? []) {
    const code = error.extensions?.code;
    if (typeof code !== 'string') return { problem: 'an error without extensions.code', detail: JSON.stringify(error) };
    if (code === 'INTERNAL_SERVER_ERROR') return { problem: 'INTERNAL_SERVER_ERROR', detail: JSON.stringify(error) };
  }
  return null;
}

async function send(role: string, operation: FuzzOperation): Promise<Finding | null> {
  const cookie = sessions.get(role) ?? '';
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query: operation.query, variables: operation.variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = await response.text();
  const found = problemWith(response.status, body);
  return found ? { role, operation, ...found, status: response.status } : null;
}

it(`answers ${COUNT} random operations from the SDL, as every role, without a 500, a crash or a leak`, async () => {
  const schema = buildSchema(readFileSync(join(REPO_ROOT, 'schema.graphql'), 'utf8'));
  const db = new Database(join(tmp.dir, 'fuzz.db'), { readonly: true });
  const ids = {
    all: db
      .prepare(
        `SELECT id FROM (SELECT id FROM organizations UNION ALL SELECT id FROM people UNION ALL SELECT id FROM agreements
           UNION ALL SELECT id FROM agreement_parties UNION ALL SELECT id FROM networks UNION ALL SELECT id FROM network_members
           UNION ALL SELECT id FROM opportunities UNION ALL SELECT id FROM connections UNION ALL SELECT id FROM talents
           UNION ALL SELECT id FROM goals UNION ALL SELECT id FROM introductions UNION ALL SELECT id FROM users)
         ORDER BY id`,
      )
      .pluck()
      .all() as string[],
  };
  db.close();

  const rng = random(SEED);
  const roles = [...sessions.keys()];
  const operations = [...generateOperations(schema, rng, ids, COUNT), ...sessionEndingOperations(schema, rng, ids)];
  const jobs = operations.map((operation) => ({ role: rng.pick(roles), operation }));
  const findings: Finding[] = [];

  for (let start = 0; start < jobs.length; start += BATCH) {
    const batch = jobs.slice(start, start + BATCH);
    for (let i = 0; i < batch.length; i += PARALLEL) {
      const results = await Promise.all(batch.slice(i, i + PARALLEL).map((job) => send(job.role, job.operation)));
      for (const finding of results) if (finding) findings.push(finding);
    }
    expect(await isHealthy(server.url), `the server stopped answering after operation ${start + batch.length}`).toBe(
      true,
    );
  }

  // One line per distinct problem and root field, with an operation that reproduces it.
  const distinct = new Map<string, Finding>();
  for (const finding of findings) distinct.set(`${finding.problem} ${finding.operation.field}`, finding);
  const report = [...distinct.values()].map(
    (finding) =>
      `${finding.problem} from ${finding.operation.field} as ${finding.role} (seed ${SEED}):\n  ${finding.operation.query}\n  variables ${JSON.stringify(finding.operation.variables).slice(0, 300)}\n  → HTTP ${finding.status}: ${finding.detail}`,
  );
  expect(report, report.join('\n\n')).toEqual([]);
  expect(server.child.exitCode).toBeNull();
}, 300_000);
