import { sql } from 'drizzle-orm';
import { text } from 'drizzle-orm/sqlite-core';

/** ISO-8601 UTC timestamp columns, filled by the database when the service does not set them. */
export const nowIso = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/** The same string as `nowIso`, from PostgreSQL's clock (used by schema/postgres.ts). */
export const postgresNowIso = sql`(to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`;

export const timestamps = () => ({
  createdAt: text('created_at').notNull().default(nowIso),
  updatedAt: text('updated_at').notNull().default(nowIso),
});
