import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// The SQLite migrator itself, run with the migration sets of earlier versions: this test is
// about SQLite's committed migrations, not about queries the API builds.
// eslint-disable-next-line no-restricted-imports
import { drizzle } from 'drizzle-orm/better-sqlite3';
// eslint-disable-next-line no-restricted-imports
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeDialect, migrationsFolder, openDatabase } from '@brobygger/db';
import { openSqlite } from '@brobygger/db/sqlite';
import { tempDir } from './server-process';

const tmp = tempDir('brobygger-migrations-');
afterAll(() => tmp.cleanup());

interface Journal {
  entries: { idx: number; tag: string }[];
}
const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as Journal;

/** The migrations folder as it was when only the first `count` migrations existed. */
function folderWithFirst(count: number): string {
  const folder = join(tmp.dir, `migrations-${count}`);
  cpSync(migrationsFolder, folder, { recursive: true });
  writeFileSync(join(folder, 'meta/_journal.json'), JSON.stringify({ ...journal, entries: journal.entries.slice(0, count) }));
  return folder;
}

/** Everything that defines the schema: tables, indexes, triggers, virtual tables, in a stable order. */
function schemaOf(path: string): string[] {
  const sqlite = openSqlite(path, { readonly: true });
  try {
    return (
      sqlite
        .prepare(`SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name`)
        .all() as { type: string; name: string; tbl_name: string; sql: string | null }[]
    ).map((row) => `${row.type} ${row.name} on ${row.tbl_name}: ${row.sql ?? ''}`);
  } finally {
    sqlite.close();
  }
}

// SQLite's committed migrations; the PostgreSQL set starts at this schema (schema-parity.test.ts).
describe.runIf(activeDialect === 'sqlite')(
  'upgrading a database made by an earlier migration set',
  () => {
    let fresh: string[];
    beforeAll(() => {
      const freshPath = join(tmp.dir, 'fresh.db');
      void openDatabase(freshPath).close();
      fresh = schemaOf(freshPath);
    });

    it.each(journal.entries.map((entry) => [entry.idx + 1, entry.tag] as const))(
      'after the first %i migrations (up to %s) keeps its rows and ends with the current schema',
      (count) => {
        const path = join(tmp.dir, `old-${count}.db`);
        const old = openSqlite(path);
        migrate(drizzle({ client: old }), { migrationsFolder: folderWithFirst(count) });
        // Rows a coordinator would have entered with that version: an organisation, a participant, a talent.
        old.exec(`
        INSERT INTO organizations (id, name, sector, kind) VALUES ('org_old', 'Gammel Bedrift AS', 'BUSINESS', 'COMPANY');
        INSERT INTO people (id, name, sector, organization_id, is_participant) VALUES ('per_old', 'Old Participant', 'CIVIL', 'org_old', 1);
        INSERT INTO talents (id, person_id, name) VALUES ('tal_old', 'per_old', 'Sveising');
      `);
        old.close();

        const upgraded = openDatabase(path);
        try {
          const sqlite = upgraded.sqlite;
          expect(
            sqlite.prepare(`SELECT name FROM organizations WHERE id = 'org_old'`).pluck().get(),
          ).toBe('Gammel Bedrift AS');
          expect(
            sqlite.prepare(`SELECT organization_id FROM people WHERE id = 'per_old'`).pluck().get(),
          ).toBe('org_old');
          expect(
            sqlite.prepare(`SELECT name FROM talents WHERE person_id = 'per_old'`).pluck().all(),
          ).toEqual(['Sveising']);
          expect(sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(
            journal.entries.length,
          );
          expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
          expect(sqlite.pragma('foreign_key_check')).toEqual([]);
        } finally {
          void upgraded.close();
        }
        expect(schemaOf(path)).toEqual(fresh);
      },
    );
  },
);
