import { sql } from 'drizzle-orm';
import { check, index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { NETWORK_KINDS } from '@brobygger/domain';
import { organizations } from './organizations';
import { people } from './people';
import { timestamps } from './timestamps';

/** A named network: a local business forum, a project, a partnership. */
export const networks = sqliteTable(
  'networks',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind', { enum: NETWORK_KINDS }).notNull(),
    description: text('description'),
    municipalityNumber: text('municipality_number'),
    municipalityName: text('municipality_name'),
    startedOn: text('started_on'),
    endedOn: text('ended_on'),
    /** Set when a coordinator archives the record: hidden from lists, search, pickers and the graph until restored. */
    archivedAt: text('archived_at'),
    ...timestamps(),
  },
  (t) => [index('networks_name_idx').on(t.name), index('networks_archived_idx').on(t.archivedAt)],
);

/** A person or an organisation taking part in a network, with a role and the dates it held. */
export const networkMembers = sqliteTable(
  'network_members',
  {
    id: text('id').primaryKey(),
    networkId: text('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    personId: text('person_id').references(() => people.id, { onDelete: 'cascade' }),
    organizationId: text('organization_id').references(() => organizations.id, {
      onDelete: 'cascade',
    }),
    role: text('role').notNull().default('member'),
    joinedOn: text('joined_on'),
    leftOn: text('left_on'),
    ...timestamps(),
  },
  (t) => [
    // (network, member) pairs: a network's graph reads its member ids from the index alone.
    index('network_members_network_person_idx').on(t.networkId, t.personId),
    index('network_members_network_organization_idx').on(t.networkId, t.organizationId),
    index('network_members_person_idx').on(t.personId),
    index('network_members_organization_idx').on(t.organizationId),
    check(
      'network_members_one_member',
      sql`(${t.personId} IS NULL) <> (${t.organizationId} IS NULL)`,
    ),
  ],
);

export type NetworkRow = typeof networks.$inferSelect;
export type NetworkMemberRow = typeof networkMembers.$inferSelect;
