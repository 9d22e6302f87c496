import { z } from 'zod';
import {
  BENEFIT_KINDS,
  GOAL_STATUSES,
  PARTICIPANT_STATUSES,
  TALENT_LEVELS,
} from '../enums';
import {
  blankToNull,
  booleanField,
  dateField,
  enumField,
  hoursPerWeekField,
  idField,
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

/** A new entry in the participant's status history; the history is only ever added to. */
export const createStatusChangeSchema = z.object({
  status: enumField(PARTICIPANT_STATUSES, 'Status'),
  changedOn: dateField('Changed on'),
  note: blankToNull('Note', textField('Note')).nullish(),
});
export type CreateStatusChangeInput = z.infer<typeof createStatusChangeSchema>;

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
  hoursPerWeek: hoursPerWeekField(),
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
