import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { OPPORTUNITY_KINDS, OPPORTUNITY_STATUSES } from '@brobygger/domain';
import { organizations } from './organizations';
import { timestamps } from './timestamps';

/** An opening an employer offers: a job, a work-trial place, an internship, a mentorship. */
export const opportunities = sqliteTable(
  'opportunities',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    kind: text('kind', { enum: OPPORTUNITY_KINDS }).notNull(),
    status: text('status', { enum: OPPORTUNITY_STATUSES }).notNull().default('OPEN'),
    description: text('description'),
    municipalityNumber: text('municipality_number'),
    municipalityName: text('municipality_name'),
    hoursPerWeek: integer('hours_per_week'),
    /** Set when a coordinator archives the record: hidden from lists, search, pickers and the graph until restored. */
    archivedAt: text('archived_at'),
    ...timestamps(),
  },
  (t) => [
    index('opportunities_organization_idx').on(t.organizationId),
    index('opportunities_status_idx').on(t.status),
    index('opportunities_title_idx').on(t.title),
    index('opportunities_archived_idx').on(t.archivedAt),
  ],
);

/** The talents an opening asks for. */
export const opportunityTalents = sqliteTable(
  'opportunity_talents',
  {
    opportunityId: text('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.opportunityId, t.name] }),
    index('opportunity_talents_name_idx').on(t.name),
  ],
);

export type OpportunityRow = typeof opportunities.$inferSelect;
