import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Append-only log of who read or changed what. Nothing in the API updates or deletes it. */
export const auditEvents = sqliteTable(
  'audit_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    userId: text('user_id'),
    role: text('role'),
    /** e.g. "read", "create", "update", "delete", "login", or a lifecycle move. */
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    /** True when a coordinator acted on a participant's behalf. */
    onBehalf: integer('on_behalf', { mode: 'boolean' }).notNull().default(false),
    detail: text('detail'),
  },
  (t) => [
    index('audit_events_at_idx').on(t.at),
    index('audit_events_entity_idx').on(t.entityType, t.entityId),
    index('audit_events_user_idx').on(t.userId),
  ],
);

export type AuditEventRow = typeof auditEvents.$inferSelect;
