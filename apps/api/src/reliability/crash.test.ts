import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { spawnServer, sleep, tempDir } from './server-process';
import { WRITTEN_TALENTS, coordinator, startWriter, type Acknowledged } from './writer-clients';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

it('keeps every acknowledged write and no half-applied one when the server is killed mid-write', async () => {
  const databasePath = join(tmp.dir, 'crash.db');
  const first = await spawnServer({ database: { path: databasePath }, seedDemo: true });
  const acknowledged: Acknowledged[] = [];
  const clients = await Promise.all([1, 2, 3, 4].map(() => coordinator(first.url)));
  const writers = clients.map((client, i) => startWriter(client, `crash c${i}`, acknowledged));

  // Kill while all four are still writing, once enough has been acknowledged to be meaningful.
  const deadline = Date.now() + 60_000;
  while (acknowledged.length < 40 && Date.now() < deadline) await sleep(20);
  first.child.kill('SIGKILL');
  await first.exited;
  await Promise.all(writers.map((writer) => writer.done));
  expect(acknowledged.length).toBeGreaterThanOrEqual(40);
  expect(writers.map((writer) => writer.failures())).toEqual([0, 0, 0, 0]);

  // The restarted server opens the same file (recovering its WAL) and serves what was acknowledged.
  const second = await spawnServer({ database: { path: databasePath } });
  try {
    expect((await fetch(`${second.url}/readyz`)).status).toBe(200);
    const client = await coordinator(second.url);
    const lastPerson = acknowledged.findLast((ack) => ack.kind === 'participant')!;
    const seen = await client.data<{ person: { name: string } }>(`query($id: ID!) { person(id: $id) { name } }`, {
      id: lastPerson.id,
    });
    expect(seen.person.name).toBe(lastPerson.name);
  } finally {
    await second.kill();
  }

  const db = new Database(databasePath, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const organizations = new Set(
      db.prepare(`SELECT id FROM organizations WHERE name LIKE 'crash c%'`).pluck().all() as string[],
    );
    const participants = db
      .prepare(
        `SELECT p.id, p.is_participant AS flagged,
                (SELECT count(*) FROM participant_profiles pp WHERE pp.person_id = p.id) AS profiles,
                (SELECT count(*) FROM talents t WHERE t.person_id = p.id) AS talents,
                (SELECT count(*) FROM audit_events a WHERE a.entity_id = p.id) AS audits
         FROM people p WHERE p.name LIKE 'crash c%'`,
      )
      .all() as { id: string; flagged: number; profiles: number; talents: number; audits: number }[];
    const people = new Set(participants.map((row) => row.id));

    for (const ack of acknowledged) {
      expect(ack.kind === 'organization' ? organizations.has(ack.id) : people.has(ack.id), ack.name).toBe(true);
    }
    // Acknowledged or cut off by the kill, each person is there whole, or not at all.
    for (const row of participants) {
      expect(row).toMatchObject({ flagged: 1, profiles: 1, talents: WRITTEN_TALENTS.length });
      expect(row.audits).toBeGreaterThanOrEqual(1);
    }
  } finally {
    db.close();
  }
}, 180_000);
