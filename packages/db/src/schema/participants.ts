import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import {
  BENEFIT_KINDS,
  GOAL_STATUSES,
  PARTICIPANT_STATUSES,
  STATUS_CHANGE_REASONS,
  TALENT_LEVELS,
} from '@brobygger/domain';
import { organizations } from './organizations';
import { people } from './people';
import { timestamps } from './timestamps';

/** The participant's own profile: one row per participating person. Diagnoses are never stored. */
export const participantProfiles = sqliteTable(
  'participant_profiles',
  {
    personId: text('person_id')
      .primaryKey()
      .references(() => people.id, { onDelete: 'cascade' }),
    status: text('status', { enum: PARTICIPANT_STATUSES }).notNull().default('OUTSIDE_WORK'),
    municipalityNumber: text('municipality_number'),
    municipalityName: text('municipality_name'),
    hoursPerWeek: integer('hours_per_week'),
    /** What the participant lives on today: sensitive, never shown to employers or researchers. */
    benefit: text('benefit', { enum: BENEFIT_KINDS }),
    /** The participant's public partner, usually their NAV office. */
    publicPartnerId: text('public_partner_id').references(() => organizations.id, {
      onDelete: 'set null',
    }),
    /** The coordinator (a person) who follows this participant. */
    coordinatorId: text('coordinator_id').references(() => people.id, { onDelete: 'set null' }),
    visibleToEmployers: integer('visible_to_employers', { mode: 'boolean' })
      .notNull()
      .default(false),
    visibleToEmployersChangedAt: text('visible_to_employers_changed_at'),
    shareForResearch: integer('share_for_research', { mode: 'boolean' }).notNull().default(false),
    shareForResearchChangedAt: text('share_for_research_changed_at'),
    ...timestamps(),
  },
  (t) => [
    index('participant_profiles_status_idx').on(t.status),
    index('participant_profiles_municipality_idx').on(t.municipalityNumber),
    index('participant_profiles_visible_idx').on(t.visibleToEmployers),
    // Covers the employer's candidate list (filter, rank, order) without reading profile rows.
    index('participant_profiles_candidates_idx').on(
      t.visibleToEmployers,
      t.updatedAt,
      t.personId,
      t.municipalityNumber,
      t.hoursPerWeek,
      t.status,
    ),
  ],
);

/** Every change of a participant's status, with the day it happened. */
export const participantStatusChanges = sqliteTable(
  'participant_status_changes',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    status: text('status', { enum: PARTICIPANT_STATUSES }).notNull(),
    changedOn: text('changed_on').notNull(),
    note: text('note'),
    /** Why, from the documented list (STATUS_CHANGE_REASONS); null on changes recorded before it. */
    reason: text('reason', { enum: STATUS_CHANGE_REASONS }),
    /** The agreement whose outcome caused the change, if any. */
    agreementId: text('agreement_id'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('participant_status_changes_person_idx').on(t.personId, t.changedOn)],
);

export const talents = sqliteTable(
  'talents',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    level: text('level', { enum: TALENT_LEVELS }).notNull().default('SKILLED'),
    /** Place in the participant's own order of their talents, from 0. */
    position: integer('position').notNull().default(0),
  },
  (t) => [
    index('talents_person_idx').on(t.personId),
    index('talents_name_idx').on(t.name),
    // Talent matching ignores case (candidate filters and ranking against an opening).
    index('talents_lower_name_idx').on(sql`lower(${t.name})`, t.personId),
  ],
);

export const goals = sqliteTable(
  'goals',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    status: text('status', { enum: GOAL_STATUSES }).notNull().default('OPEN'),
    targetDate: text('target_date'),
    /** Place in the participant's own order of their goals, from 0. */
    position: integer('position').notNull().default(0),
    ...timestamps(),
  },
  (t) => [index('goals_person_idx').on(t.personId)],
);

/** The participant's dreams, each in their own words, in their own order. */
export const dreams = sqliteTable(
  'dreams',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    position: integer('position').notNull().default(0),
    ...timestamps(),
  },
  (t) => [index('dreams_person_idx').on(t.personId, t.position)],
);

export const planSteps = sqliteTable(
  'plan_steps',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    goalId: text('goal_id').references(() => goals.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    dueDate: text('due_date'),
    done: integer('done', { mode: 'boolean' }).notNull().default(false),
    doneAt: text('done_at'),
    position: integer('position').notNull().default(0),
    ...timestamps(),
  },
  (t) => [index('plan_steps_person_idx').on(t.personId, t.position)],
);

/** Industries (NACE section or code) the participant wishes to work in. */
export const wishedIndustries = sqliteTable(
  'wished_industries',
  {
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    industry: text('industry').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.industry] }),
    index('wished_industries_industry_idx').on(t.industry),
  ],
);

export type ParticipantProfileRow = typeof participantProfiles.$inferSelect;
export type ParticipantStatusChangeRow = typeof participantStatusChanges.$inferSelect;
export type TalentRow = typeof talents.$inferSelect;
export type GoalRow = typeof goals.$inferSelect;
export type DreamRow = typeof dreams.$inferSelect;
export type PlanStepRow = typeof planSteps.$inferSelect;
