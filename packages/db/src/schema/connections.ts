import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { CONNECTION_KINDS } from '@brobygger/domain';
import { people } from './people';
import { timestamps } from './timestamps';

/** A tie between two people. Undirected: `personAId` is whichever was given first. */
export const connections = sqliteTable(
  'connections',
  {
    id: text('id').primaryKey(),
    personAId: text('person_a_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    personBId: text('person_b_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: CONNECTION_KINDS }).notNull(),
    strength: integer('strength').notNull().default(2),
    since: text('since'),
    until: text('until'),
    note: text('note'),
    ...timestamps(),
  },
  (t) => [
    index('connections_a_idx').on(t.personAId),
    index('connections_b_idx').on(t.personBId),
    check('connections_distinct_people', sql`${t.personAId} <> ${t.personBId}`),
    check('connections_strength_range', sql`${t.strength} BETWEEN 1 AND 3`),
  ],
);

export type ConnectionRow = typeof connections.$inferSelect;
