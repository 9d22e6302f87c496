import { sql } from 'drizzle-orm';
import { check, index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import {
  AGREEMENT_KINDS,
  AGREEMENT_OUTCOMES,
  AGREEMENT_STATUSES,
  PARTY_ROLES,
} from '@brobygger/domain';
import { networks } from './networks';
import { organizations } from './organizations';
import { people } from './people';
import { timestamps } from './timestamps';

/** Collaboration agreement (samarbeidsavtale) between parties from the three sectors. */
export const agreements = sqliteTable(
  'agreements',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    kind: text('kind', { enum: AGREEMENT_KINDS }).notNull(),
    status: text('status', { enum: AGREEMENT_STATUSES }).notNull().default('DRAFT'),
    startDate: text('start_date'),
    endDate: text('end_date'),
    goals: text('goals'),
    outcome: text('outcome', { enum: AGREEMENT_OUTCOMES }),
    terminationReason: text('termination_reason'),
    networkId: text('network_id').references(() => networks.id, { onDelete: 'set null' }),
    opportunityId: text('opportunity_id'),
    introductionId: text('introduction_id'),
    proposedAt: text('proposed_at'),
    activatedAt: text('activated_at'),
    closedAt: text('closed_at'),
    ...timestamps(),
  },
  (t) => [
    index('agreements_status_idx').on(t.status),
    index('agreements_kind_idx').on(t.kind),
    index('agreements_title_idx').on(t.title),
    // The agreements list is newest first by default.
    index('agreements_created_idx').on(t.createdAt, t.id),
  ],
);

/** One party of an agreement: a person or an organisation, with its role and signature. */
export const agreementParties = sqliteTable(
  'agreement_parties',
  {
    id: text('id').primaryKey(),
    agreementId: text('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    personId: text('person_id').references(() => people.id, { onDelete: 'restrict' }),
    organizationId: text('organization_id').references(() => organizations.id, {
      onDelete: 'restrict',
    }),
    role: text('role', { enum: PARTY_ROLES }).notNull(),
    signedAt: text('signed_at'),
  },
  (t) => [
    index('agreement_parties_agreement_idx').on(t.agreementId),
    index('agreement_parties_person_idx').on(t.personId),
    index('agreement_parties_organization_idx').on(t.organizationId),
    check(
      'agreement_parties_one_party',
      sql`(${t.personId} IS NULL) <> (${t.organizationId} IS NULL)`,
    ),
  ],
);

export type AgreementRow = typeof agreements.$inferSelect;
export type AgreementPartyRow = typeof agreementParties.$inferSelect;
