import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Small key/value counters shared by every API instance. `data_version` is bumped by each
 * write transaction so that caches know when they are stale. `graph_version` is bumped by
 * triggers (migrations: region_graph_version) with every write to a table the region's graph
 * reads, so the region's cached graph outlives writes it cannot see (a talent, a goal).
 */
export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: integer('value').notNull(),
});

/**
 * A counter per network, bumped by triggers (migrations: graph_version_triggers) in the same
 * transaction as any write that can change what that network's graph reads: its row, its
 * members, their rows and profiles, the ties among them, and the agreements between them (with
 * every party's sector, which decides a three-sector agreement). A network's cached graph
 * holds while its counter does, whatever else the region's coordinators change meanwhile.
 */
export const graphVersions = sqliteTable('graph_versions', {
  networkId: text('network_id').primaryKey(),
  version: integer('version').notNull(),
});
