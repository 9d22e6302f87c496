import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { INTRODUCTION_STATUSES } from '@brobygger/domain';
import { opportunities } from './opportunities';
import { organizations } from './organizations';
import { people } from './people';
import { timestamps } from './timestamps';

/** An employer organisation's request to meet a participant; only ACCEPTED reveals who they are. */
export const introductions = sqliteTable(
  'introductions',
  {
    id: text('id').primaryKey(),
    participantId: text('participant_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    opportunityId: text('opportunity_id').references(() => opportunities.id, {
      onDelete: 'set null',
    }),
    requestedByUserId: text('requested_by_user_id'),
    message: text('message'),
    status: text('status', { enum: INTRODUCTION_STATUSES }).notNull().default('REQUESTED'),
    deadline: text('deadline'),
    answeredAt: text('answered_at'),
    answeredByUserId: text('answered_by_user_id'),
    /** True when a coordinator answered on the participant's behalf. */
    answeredOnBehalf: integer('answered_on_behalf', { mode: 'boolean' }).notNull().default(false),
    agreementId: text('agreement_id'),
    ...timestamps(),
  },
  (t) => [
    index('introductions_participant_idx').on(t.participantId),
    index('introductions_organization_idx').on(t.organizationId, t.status),
    index('introductions_status_idx').on(t.status),
  ],
);

export type IntroductionRow = typeof introductions.$inferSelect;
