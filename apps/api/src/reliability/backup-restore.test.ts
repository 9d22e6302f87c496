import { execFile } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { activeDialect, connectDatabase, schema, type DatabaseLocation } from '@brobygger/db';
import { seedDatabase } from '@brobygger/db/seed';
import { createScratchDatabase } from '@brobygger/db/testing';
import { spawnServer, sleep, tempDir } from './server-process';
import { CREATE_ORGANIZATION, coordinator, startWriter, type Acknowledged } from './writer-clients';

const REPO_ROOT = resolve(fileURLToPath(import.meta.url), '../../../../..');
const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** Runs `pnpm <script> <file>` from the repository root, as an operator would, on the database named. */
function pnpm(script: string, file: string, database: string | DatabaseLocation): Promise<{ code: number; output: string }> {
  const { DATABASE_URL: _unset, ...rest } = process.env;
  const location = typeof database === 'string' ? { path: database } : database;
  const env = location.url ? { ...rest, DATABASE_URL: location.url } : { ...rest, DATABASE_PATH: location.path };
  return new Promise((done) => {
    execFile(
      'pnpm',
      ['--silent', script, file],
      { cwd: REPO_ROOT, env, timeout: 120_000 },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}

// The SQLite file's online backup and restore; on PostgreSQL, pg_dump (below).
const onSqlite = it.runIf(activeDialect === 'sqlite');
const onPostgres = it.runIf(activeDialect === 'postgres');

onSqlite('backs up under write load and restores a copy holding everything acknowledged before', async () => {
  const databasePath = join(tmp.dir, 'live.db');
  const backupPath = join(tmp.dir, 'backup.db');
  const server = await spawnServer({ database: { path: databasePath }, seedDemo: true });
  const acknowledged: Acknowledged[] = [];
  const clients = await Promise.all([1, 2, 3, 4].map(() => coordinator(server.url)));
  const writers = clients.map((client, i) => startWriter(client, `backup c${i}`, acknowledged));
  let afterBackup: string;
  try {
    while (acknowledged.length < 20) await sleep(20);
    const beforeBackup = acknowledged.slice();
    const backup = await pnpm('db:backup', backupPath, databasePath);
    const duringBackup = acknowledged.length - beforeBackup.length;
    expect(backup.output).toContain('integrity check ok');
    expect(backup.code).toBe(0);
    // The server kept writing while the copy was taken.
    expect(duringBackup).toBeGreaterThan(0);

    // A backup never overwrites.
    const again = await pnpm('db:backup', backupPath, databasePath);
    expect(again.code).not.toBe(0);
    expect(again.output).toContain('already exists');

    await Promise.all(writers.map((writer) => writer.stop()));
    const late = await clients[0]!.data<{ createOrganization: { id: string } }>(CREATE_ORGANIZATION, {
      input: { name: 'Written after the backup', sector: 'BUSINESS', kind: 'COMPANY' },
    });
    afterBackup = late.createOrganization.id;

    // Restoring under a running server would pull the data from under it: refused.
    const refused = await pnpm('db:restore', backupPath, databasePath);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toMatch(/open in another process.*server running/);

    const copy = new Database(backupPath, { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      const held = (sql: string) => new Set(copy.prepare(sql).pluck().all() as string[]);
      const organizations = held(`SELECT id FROM organizations`);
      const people = held(`SELECT person_id FROM participant_profiles`);
      for (const ack of beforeBackup)
        expect((ack.kind === 'organization' ? organizations : people).has(ack.id), ack.name).toBe(true);
    } finally {
      copy.close();
    }
  } finally {
    await Promise.all(writers.map((writer) => writer.stop()));
    server.child.kill('SIGTERM');
    await server.exited;
  }

  const restored = await pnpm('db:restore', backupPath, databasePath);
  expect(restored.output).toContain('integrity check ok');
  expect(restored.code).toBe(0);
  expect(readdirSync(tmp.dir).some((name) => name.startsWith('live.db.before-restore-'))).toBe(true);

  const live = await spawnServer({ database: { path: databasePath } });
  try {
    expect((await fetch(`${live.url}/readyz`)).status).toBe(200);
    const client = await coordinator(live.url);
    const gone = await client.request(`query($id: ID!) { organization(id: $id) { id } }`, { id: afterBackup });
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const first = acknowledged.find((ack) => ack.kind === 'organization')!;
    const kept = await client.data<{ organization: { name: string } }>(
      `query($id: ID!) { organization(id: $id) { name } }`,
      { id: first.id },
    );
    expect(kept.organization.name).toBe(first.name);
  } finally {
    await live.kill();
  }
}, 300_000);

onSqlite('refuses to restore a file that is not a sound Brobygger backup', async () => {
  const databasePath = join(tmp.dir, 'target.db');
  const garbage = join(tmp.dir, 'garbage.db');
  writeFileSync(garbage, 'this is not a database'.repeat(100));
  const notOurs = join(tmp.dir, 'other.db');
  const other = new Database(notOurs);
  other.exec('CREATE TABLE t (x)');
  other.close();

  for (const [file, reason] of [
    [garbage, /Refusing to restore .*(not a database|cannot)/],
    [notOurs, /not a Brobygger database/],
  ] as const) {
    const result = await pnpm('db:restore', file, databasePath);
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(reason);
  }
}, 120_000);

onPostgres('backs PostgreSQL up with pg_dump into a file pg_restore reads back whole', async () => {
  const source = await createScratchDatabase();
  const target = await createScratchDatabase();
  try {
    const handle = await connectDatabase(source.location);
    const seeded = await seedDatabase(handle, {});
    await handle.close();
    const file = join(tmp.dir, 'dump.pgdump');
    const backup = await pnpm('db:backup', file, source.location);
    expect(backup.output).toContain('with pg_dump');
    expect(backup.code).toBe(0);
    expect((await pnpm('db:backup', file, source.location)).output).toContain('already exists');

    // Into a database of the same migrations, emptied, as docs/postgresql.md restores.
    const restored = await new Promise<number>((done) =>
      execFile('pg_restore', ['--clean', '--if-exists', '--no-owner', `--dbname=${target.location.url}`, file], (error) =>
        done(error ? Number(error.code ?? 1) : 0),
      ),
    );
    expect(restored).toBe(0);
    const copy = await connectDatabase(target.location);
    try {
      const [people] = await copy.db.select({ n: count() }).from(schema.people);
      expect(people?.n).toBe(seeded.counts.people);
    } finally {
      await copy.close();
    }
  } finally {
    await source.drop();
    await target.drop();
  }
});
