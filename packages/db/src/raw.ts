import type { SQL } from 'drizzle-orm';
import { activeDialect } from './dialect';
import type { Db } from './handle';

/**
 * The rows of a raw SQL query, on either dialect: for the few reads written in SQL (the graph
 * loader), where the query builder would cost more than the query. Name every result column
 * with a quoted alias (`AS "organizationId"`): PostgreSQL folds unquoted names to lower case.
 * Booleans arrive as 0/1 from SQLite and as true/false from PostgreSQL: test them for truth.
 */
export async function selectRows<T>(db: Db, query: SQL): Promise<T[]> {
  if (activeDialect === 'sqlite') return db.all<T>(query);
  const result = await (db as unknown as { execute(query: SQL): Promise<{ rows: T[] }> }).execute(
    query,
  );
  return result.rows;
}

/**
 * The rows of a raw SQL query as tuples, columns in the order the query names them: for reads
 * of tens of thousands of rows, where making an object per row is a large share of the cost.
 * SQLite returns tuples itself; node-postgres makes objects, whose values keep column order
 * as long as no two columns share a name, so give every computed column its own alias.
 */
export async function selectTuples<T extends unknown[]>(db: Db, query: SQL): Promise<T[]> {
  if (activeDialect === 'sqlite') return db.values<T>(query);
  const result = await (
    db as unknown as {
      execute(query: SQL): Promise<{ rows: Record<string, unknown>[]; fields: { name: string }[] }>;
    }
  ).execute(query);
  const names = result.fields.map((field) => field.name);
  if (new Set(names).size !== names.length)
    throw new Error(`Two columns share a name, so a row would lose one: ${names.join(', ')}`);
  return result.rows.map((row) => Object.values(row) as T);
}

/** Runs a raw SQL statement that returns no rows (tests, maintenance), on either dialect. */
export async function executeSql(db: Db, query: SQL): Promise<void> {
  if (activeDialect === 'sqlite') db.run(query);
  else await (db as unknown as { execute(query: SQL): Promise<unknown> }).execute(query);
}
