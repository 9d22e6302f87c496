import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { SECTORS } from '@brobygger/domain';
import { organizations } from './organizations';
import { timestamps } from './timestamps';

/** Everyone in the network: employers' contact people, officers, participants, coordinators. */
export const people = sqliteTable(
  'people',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    sector: text('sector', { enum: SECTORS }).notNull(),
    title: text('title'),
    /** Affiliation: the organisation this person works for or belongs to. */
    organizationId: text('organization_id').references(() => organizations.id, {
      onDelete: 'restrict',
    }),
    /** True when the person has a participant profile (participant_profiles row). */
    isParticipant: integer('is_participant', { mode: 'boolean' }).notNull().default(false),
    /** The day this person entered the network; drives the graph's `asOf` replay. */
    since: text('since'),
    /** Set when a participant erased their data: the row stays, pseudonymised, to keep agreements and statistics whole. */
    erasedAt: text('erased_at'),
    /** Set when a coordinator archives the record: hidden from lists, search, pickers and the graph until restored. */
    archivedAt: text('archived_at'),
    ...timestamps(),
  },
  (t) => [
    index('people_name_idx').on(t.name),
    index('people_sector_idx').on(t.sector, t.name),
    index('people_organization_idx').on(t.organizationId),
    index('people_participant_idx').on(t.isParticipant, t.name),
    index('people_archived_idx').on(t.archivedAt),
  ],
);

export type PersonRow = typeof people.$inferSelect;
export type NewPersonRow = typeof people.$inferInsert;
