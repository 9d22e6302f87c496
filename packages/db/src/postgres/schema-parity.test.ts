import { getTableColumns, is } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeDialect } from '../dialect';
import * as tables from '../schema/tables';
import { openDatabase, type SqliteHandle } from '../sqlite-handle';
import { createScratchDatabase, type ScratchDatabase } from '../testing/index';

/**
 * The two dialects' databases, each built by its own committed migrations, hold the same
 * tables, columns (types, nullability), primary keys, foreign keys and indexes. Left out on
 * purpose: each dialect's full-text search (FTS5 tables on SQLite; tsvector and trigram
 * indexes on PostgreSQL), which candidate-search.ts keeps behind one function.
 */

interface Shape {
  columns: string[];
  primaryKey: string[];
  foreignKeys: string[];
  indexes: string[];
}

const SEARCH_PIECES = /^candidate_search|_search_idx$|_trigram_idx$/;

/** What a PostgreSQL column of each SQLite column is expected to be, from the one declaration. */
function expectedType(table: SQLiteTable, column: string, sqliteType: string): string {
  const declared = Object.values(getTableColumns(table)).find((each) => each.name === column);
  if (declared?.columnType === 'SQLiteBoolean') return 'boolean';
  return sqliteType.toLowerCase();
}

function sqliteShapes(handle: SqliteHandle): Map<string, Shape> {
  const db = handle.sqlite;
  const shapes = new Map<string, Shape>();
  for (const table of Object.values(tables).filter((each) => is(each, SQLiteTable))) {
    const name = getTableConfig(table).name;
    const columns = db.prepare(`PRAGMA table_info(${name})`).all() as {
      name: string;
      type: string;
      notnull: number;
      pk: number;
    }[];
    const foreignKeys = db.prepare(`PRAGMA foreign_key_list(${name})`).all() as {
      table: string;
      from: string;
      to: string;
      on_delete: string;
    }[];
    const indexes = (
      db.prepare(`PRAGMA index_list(${name})`).all() as {
        name: string;
        unique: number;
        origin: string;
      }[]
    )
      .filter((index) => index.origin === 'c' && !SEARCH_PIECES.test(index.name))
      .map((index) => {
        const parts = (
          db.prepare(`PRAGMA index_xinfo(${index.name})`).all() as {
            name: string | null;
            key: number;
          }[]
        )
          .filter((part) => part.key)
          .map((part) => part.name ?? 'expression');
        return `${index.name}${index.unique ? ' unique' : ''} (${parts.join(', ')})`;
      });
    shapes.set(name, {
      columns: columns
        .map(
          (c) =>
            `${c.name} ${expectedType(table, c.name, c.type)}${c.notnull || c.pk ? ' not null' : ''}`,
        )
        .sort(),
      primaryKey: columns
        .filter((c) => c.pk)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => c.name),
      foreignKeys: foreignKeys
        .map((fk) => `${fk.from} → ${fk.table}.${fk.to} on delete ${fk.on_delete.toLowerCase()}`)
        .sort(),
      indexes: indexes.sort(),
    });
  }
  return shapes;
}

async function postgresShapes(client: pg.Client): Promise<Map<string, Shape>> {
  const shapes = new Map<string, Shape>();
  const { rows: tableRows } = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
  );
  for (const { name } of tableRows) {
    const { rows: columns } = await client.query<{ name: string; type: string; nullable: string }>(
      `SELECT column_name AS name, data_type AS type, is_nullable AS nullable FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name = $1`,
      [name],
    );
    const { rows: key } = await client.query<{ name: string }>(
      `SELECT a.attname AS name FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
       WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)`,
      [name],
    );
    const { rows: foreignKeys } = await client.query<{ text: string }>(
      `SELECT a.attname || ' → ' || ft.relname || '.' || fa.attname || ' on delete ' ||
              CASE c.confdeltype WHEN 'a' THEN 'no action' WHEN 'r' THEN 'restrict' WHEN 'c' THEN 'cascade' WHEN 'n' THEN 'set null' ELSE 'set default' END AS text
       FROM pg_constraint c
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
       JOIN pg_class ft ON ft.oid = c.confrelid
       JOIN pg_attribute fa ON fa.attrelid = c.confrelid AND fa.attnum = c.confkey[1]
       WHERE c.contype = 'f' AND c.conrelid = $1::regclass`,
      [name],
    );
    const { rows: indexes } = await client.query<{
      name: string;
      unique: boolean;
      parts: (string | null)[];
    }>(
      `SELECT ic.relname AS name, i.indisunique AS unique,
              array(SELECT CASE WHEN k = 0 THEN NULL ELSE (SELECT attname::text FROM pg_attribute WHERE attrelid = i.indrelid AND attnum = k) END
                    FROM unnest(i.indkey) AS k)::text[] AS parts
       FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
       WHERE i.indrelid = $1::regclass AND NOT i.indisprimary`,
      [name],
    );
    shapes.set(name, {
      columns: columns
        .map((c) => `${c.name} ${c.type}${c.nullable === 'NO' ? ' not null' : ''}`)
        .sort(),
      primaryKey: key.map((k) => k.name),
      foreignKeys: foreignKeys.map((fk) => fk.text).sort(),
      indexes: indexes
        .filter((index) => !SEARCH_PIECES.test(index.name))
        .map(
          (index) =>
            `${index.name}${index.unique ? ' unique' : ''} (${index.parts.map((part) => part ?? 'expression').join(', ')})`,
        )
        .sort(),
    });
  }
  return shapes;
}

describe.runIf(activeDialect === 'postgres')('the SQLite and PostgreSQL schemas', () => {
  let sqlite: SqliteHandle;
  let scratch: ScratchDatabase;
  let client: pg.Client;
  beforeAll(async () => {
    sqlite = openDatabase(':memory:');
    scratch = await createScratchDatabase();
    client = new pg.Client({ connectionString: scratch.location.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await scratch?.drop();
    await sqlite?.close();
  });

  it('have the same tables, columns, keys, foreign keys and indexes', async () => {
    const fromSqlite = sqliteShapes(sqlite);
    const fromPostgres = await postgresShapes(client);
    expect([...fromPostgres.keys()].sort()).toEqual([...fromSqlite.keys()].sort());
    for (const [table, shape] of fromSqlite)
      expect({ table, ...fromPostgres.get(table) }).toEqual({ table, ...shape });
  });

  it('would notice a drift: a column PostgreSQL lacks', async () => {
    await client.query('ALTER TABLE dreams DROP COLUMN position');
    const fromPostgres = await postgresShapes(client);
    expect(fromPostgres.get('dreams')?.columns).not.toEqual(
      sqliteShapes(sqlite).get('dreams')?.columns,
    );
  });
});
