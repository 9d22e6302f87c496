import { index, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { SHORTLIST_RATINGS } from '@brobygger/domain';
import { opportunities } from './opportunities';
import { people } from './people';
import { timestamps } from './timestamps';

/** A candidate on an opening's shortlist, with the employer's rating. */
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
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('shortlist_entries_unique').on(t.opportunityId, t.participantId),
    index('shortlist_entries_participant_idx').on(t.participantId),
  ],
);

export type ShortlistEntryRow = typeof shortlistEntries.$inferSelect;
