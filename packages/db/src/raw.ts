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

/** Runs a raw SQL statement that returns no rows (tests, maintenance), on either dialect. */
export async function executeSql(db: Db, query: SQL): Promise<void> {
  if (activeDialect === 'sqlite') db.run(query);
  else await (db as unknown as { execute(query: SQL): Promise<unknown> }).execute(query);
}
