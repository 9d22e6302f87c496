import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Small key/value counters shared by every API instance. `data_version` is bumped by each
 * write transaction so that caches (graph metrics) know when they are stale.
 */
export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: integer('value').notNull(),
});
