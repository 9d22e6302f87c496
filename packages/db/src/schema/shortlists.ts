import { index, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { JOB_REPORT_STATES, SHORTLIST_RATINGS } from '@brobygger/domain';
import { opportunities } from './opportunities';
import { people } from './people';
import { timestamps } from './timestamps';

/**
 * A candidate on an opening's shortlist, with the employer's rating. An employer's GOT_THE_JOB
 * is a report (`jobReportState` PENDING) a coordinator confirms on the participant's journey or
 * dismisses; only coordinators write the journey (DESIGN.md, "Privacy is part of the product").
 */
export const shortlistEntries = sqliteTable(
  'shortlist_entries',
  {
    id: text('id').primaryKey(),
    opportunityId: text('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    participantId: text('participant_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    rating: text('rating', { enum: SHORTLIST_RATINGS }).notNull().default('TO_CONSIDER'),
    ratedByUserId: text('rated_by_user_id'),
    /** Null until GOT_THE_JOB is reported; PENDING until a coordinator decides. */
    jobReportState: text('job_report_state', { enum: JOB_REPORT_STATES }),
    /** When GOT_THE_JOB was reported; kept apart from `updatedAt`, which any rating moves. */
    jobReportedAt: text('job_reported_at'),
    jobReportDecidedAt: text('job_report_decided_at'),
    jobReportDecidedByUserId: text('job_report_decided_by_user_id'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('shortlist_entries_unique').on(t.opportunityId, t.participantId),
    index('shortlist_entries_participant_idx').on(t.participantId),
    // The coordinator's list of reports in one state, newest first.
    index('shortlist_entries_job_report_idx').on(t.jobReportState, t.jobReportedAt, t.id),
  ],
);

export type ShortlistEntryRow = typeof shortlistEntries.$inferSelect;
