import { z } from 'zod';
import {
  BENEFIT_KINDS,
  GOAL_STATUSES,
  PARTICIPANT_STATUSES,
  RECORDABLE_STATUS_CHANGE_REASONS,
  TALENT_LEVELS,
  type ParticipantStatus,
  type StatusChangeReason,
} from '../enums';
import {
  blankToNull,
  booleanField,
  dateField,
  enumField,
  idField,
  intField,
  municipalityNumberField,
  nameField,
  textField,
} from './fields';
import { clearableFields, optionalFields } from './input-shape';
import { messages } from './messages';
import { checkUniqueNames } from './refinements';

/** Most talents one profile may list; a longer list is a paste gone wrong. */
export const MAX_TALENTS = 100;
/** Most wished industries one profile may list. */
export const MAX_WISHED_INDUSTRIES = 50;
/**
 * Most hours a week a participant can be available: past that the number is a typo (a day's
 * 600 minutes, a year's hours), and the web refuses it with a message rather than cutting it.
 */
export const MAX_PARTICIPANT_HOURS_PER_WEEK = 60;
/** Longest list one reordering may send; as long as the longest list a profile may hold. */
export const MAX_REORDER_IDS = 1000;

/**
 * Hours a week a participant can work: a whole number from 0 to 60. Above 60 the issue names
 * its reason (TOO_MANY_HOURS with the maximum), so a client can word it in its own language.
 */
export function participantHoursField() {
  const max = MAX_PARTICIPANT_HOURS_PER_WEEK;
  return intField('Hours per week', 0).superRefine((value, ctx) => {
    if (value <= max) return;
    ctx.addIssue({
      code: 'custom',
      message: messages().wholeNumber('Hours per week', 0, max),
      params: { reason: 'TOO_MANY_HOURS', max },
    });
  });
}

// Talent --------------------------------------------------------------------------------

const talentRequired = { name: nameField('Talent') };
const talentSettable = { level: enumField(TALENT_LEVELS, 'Level') };

/** A talent to add to a participant's profile. */
export const createTalentSchema = z.object({ ...talentRequired, ...optionalFields(talentSettable) });
export type CreateTalentInput = z.infer<typeof createTalentSchema>;

/** Changes to one talent. */
export const updateTalentSchema = z.object({
  ...optionalFields(talentRequired),
  ...optionalFields(talentSettable),
});
export type UpdateTalentInput = z.infer<typeof updateTalentSchema>;

// Dream ---------------------------------------------------------------------------------

const dreamRequired = { text: textField('Dream').min(1, { error: () => messages().cannotBeEmpty('Dream') }) };

/** A dream, in the participant's own words. */
export const createDreamSchema = z.object(dreamRequired);
export type CreateDreamInput = z.infer<typeof createDreamSchema>;

/** Changes to a dream. */
export const updateDreamSchema = z.object(optionalFields(dreamRequired));
export type UpdateDreamInput = z.infer<typeof updateDreamSchema>;

// Order ---------------------------------------------------------------------------------

/**
 * A new order of one of a participant's lists (talents, dreams, goals, plan steps): every id
 * of the list once, first to last. Whether the ids are exactly the list's is the API's question.
 */
export const reorderSchema = z
  .object({
    ids: z
      .array(idField('Order'), { error: () => messages().mustBeList('Order') })
      .max(MAX_REORDER_IDS, { error: () => messages().tooLongOrder(MAX_REORDER_IDS) }),
  })
  .superRefine((value, ctx) => {
    if (new Set(value.ids).size !== value.ids.length) {
      ctx.addIssue({ code: 'custom', path: ['ids'], message: messages().listChanged(), params: { reason: 'LIST_CHANGED' } });
    }
  });
export type ReorderInput = z.infer<typeof reorderSchema>;

// Goal ----------------------------------------------------------------------------------

const goalRequired = { text: textField('Goal').min(1, { error: () => messages().cannotBeEmpty('Goal') }) };
const goalSettable = { status: enumField(GOAL_STATUSES, 'Goal status') };
const goalClearable = { targetDate: blankToNull('Target date', dateField('Target date')) };

/** A goal the participant sets. */
export const createGoalSchema = z.object({
  ...goalRequired,
  ...optionalFields(goalSettable),
  ...clearableFields(goalClearable),
});
export type CreateGoalInput = z.infer<typeof createGoalSchema>;

/** Changes to a goal. */
export const updateGoalSchema = z.object({
  ...optionalFields(goalRequired),
  ...optionalFields(goalSettable),
  ...clearableFields(goalClearable),
});
export type UpdateGoalInput = z.infer<typeof updateGoalSchema>;

// Plan step -----------------------------------------------------------------------------

const stepRequired = { text: textField('Step').min(1, { error: () => messages().cannotBeEmpty('Step') }) };
const stepSettable = { done: booleanField('Done') };
const stepClearable = {
  dueDate: blankToNull('Due date', dateField('Due date')),
  goalId: blankToNull('Goal', idField('Goal')),
};

/** A step in the participant's plan, optionally towards one of their goals. */
export const createPlanStepSchema = z.object({
  ...stepRequired,
  ...optionalFields(stepSettable),
  ...clearableFields(stepClearable),
});
export type CreatePlanStepInput = z.infer<typeof createPlanStepSchema>;

/** Changes to a plan step (ticking it off included). */
export const updatePlanStepSchema = z.object({
  ...optionalFields(stepRequired),
  ...optionalFields(stepSettable),
  ...clearableFields(stepClearable),
});
export type UpdatePlanStepInput = z.infer<typeof updatePlanStepSchema>;

// Status change and consent -------------------------------------------------------------

const statusChangeFields = {
  status: enumField(PARTICIPANT_STATUSES, 'Status'),
  changedOn: dateField('Changed on'),
  note: blankToNull('Note', textField('Note')).nullish(),
};

/**
 * Reasons that name what began, and the statuses it can begin: "hired" into a work trial, or
 * "started an education" into full-time work, would be counted in the statistics as what the
 * status says while the history reads otherwise. The other reasons fit any status.
 */
export const STATUSES_A_REASON_BEGINS: Readonly<Partial<Record<StatusChangeReason, readonly ParticipantStatus[]>>> = {
  STARTED_ACTIVITY: ['IN_ACTIVITY'],
  STARTED_WORK_TRIAL: ['WORK_TRIAL'],
  STARTED_EDUCATION: ['EDUCATION'],
  HIRED: ['EMPLOYED_PART_TIME', 'EMPLOYED_FULL_TIME'],
};

/** Whether a status change's reason can go with its new status (STATUSES_A_REASON_BEGINS). */
export function reasonFitsStatus(reason: StatusChangeReason | null | undefined, status: ParticipantStatus): boolean {
  const begins = reason ? STATUSES_A_REASON_BEGINS[reason] : undefined;
  return !begins || begins.includes(status);
}

function checkReasonFitsStatus(value: { status: ParticipantStatus; reason?: StatusChangeReason | null }, ctx: z.RefinementCtx) {
  if (reasonFitsStatus(value.reason, value.status)) return;
  ctx.addIssue({
    code: 'custom',
    path: ['reason'],
    message: messages().reasonDoesNotFitStatus(),
    params: { reason: 'REASON_DOES_NOT_FIT_STATUS', status: value.status },
  });
}

/**
 * A new entry in the participant's status history; the history is only ever added to. The
 * reason may be left out by older clients (it is then recorded as OTHER).
 */
export const createStatusChangeSchema = z
  .object({
    ...statusChangeFields,
    reason: enumField(RECORDABLE_STATUS_CHANGE_REASONS, 'Reason').nullish(),
  })
  .superRefine(checkReasonFitsStatus);
export type CreateStatusChangeInput = z.infer<typeof createStatusChangeSchema>;

/** The coordinator's status-change form, where a reason must be picked. */
export const statusChangeFormSchema = z
  .object({
    ...statusChangeFields,
    reason: enumField(RECORDABLE_STATUS_CHANGE_REASONS, 'Reason'),
  })
  .superRefine(checkReasonFitsStatus);

/** The participant's consent choices; each one sent is recorded with the day it changed. */
export const updateConsentSchema = z.object(
  optionalFields({
    visibleToEmployers: booleanField('Visible to employers'),
    shareForResearch: booleanField('Share for research'),
  }),
);
export type UpdateConsentInput = z.infer<typeof updateConsentSchema>;

// Profile -------------------------------------------------------------------------------

const profileSettable = {
  status: enumField(PARTICIPANT_STATUSES, 'Status'),
  visibleToEmployers: booleanField('Visible to employers'),
  shareForResearch: booleanField('Share for research'),
  // Lists are replaced as a whole; an empty list clears them.
  talents: z
    .array(createTalentSchema, { error: () => messages().mustBeList('Talents') })
    .max(MAX_TALENTS, { error: () => messages().tooManyProfileTalents(MAX_TALENTS) }),
  wishedIndustries: z
    .array(nameField('Wished industry'), { error: () => messages().mustBeList('Wished industries') })
    .max(MAX_WISHED_INDUSTRIES, { error: () => messages().tooManyWishedIndustries(MAX_WISHED_INDUSTRIES) }),
};

const profileClearable = {
  municipalityNumber: blankToNull('Municipality number', municipalityNumberField()),
  municipalityName: blankToNull('Municipality name', nameField('Municipality name')),
  hoursPerWeek: participantHoursField(),
  dreams: blankToNull('Dreams', textField('Dreams')),
  benefit: enumField(BENEFIT_KINDS, 'Benefit'),
  publicPartnerId: blankToNull('Public partner', idField('Public partner')),
  coordinatorId: blankToNull('Coordinator', idField('Coordinator')),
};

function checkProfileLists(
  value: { talents?: readonly { name: string }[] | undefined; wishedIndustries?: readonly string[] | undefined },
  ctx: z.RefinementCtx,
): void {
  checkUniqueNames(value.talents, ctx, { path: 'talents', key: 'name', label: 'Talent' });
  checkUniqueNames(value.wishedIndustries, ctx, { path: 'wishedIndustries', label: 'Industry' });
}

/** A participant profile, made with the person or later. Diagnoses have no field on purpose. */
export const createParticipantProfileSchema = z
  .object({ ...optionalFields(profileSettable), ...clearableFields(profileClearable) })
  .superRefine(checkProfileLists);
export type CreateParticipantProfileInput = z.infer<typeof createParticipantProfileSchema>;

/** Changes to a participant profile; `talents` and `wishedIndustries`, when sent, replace the lists. */
export const updateParticipantProfileSchema = z
  .object({ ...optionalFields(profileSettable), ...clearableFields(profileClearable) })
  .superRefine(checkProfileLists);
export type UpdateParticipantProfileInput = z.infer<typeof updateParticipantProfileSchema>;
