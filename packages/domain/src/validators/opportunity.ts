import { z } from 'zod';
import { OPPORTUNITY_KINDS, OPPORTUNITY_STATUSES } from '../enums';
import {
  blankToNull,
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

/** Most talents one opening may ask for. */
export const MAX_OPPORTUNITY_TALENTS = 50;

const required = {
  organizationId: idField('Organisation'),
  title: nameField('Title'),
  kind: enumField(OPPORTUNITY_KINDS, 'Kind'),
};

const settable = {
  status: enumField(OPPORTUNITY_STATUSES, 'Status'),
  talents: z
    .array(nameField('Talent'), { error: () => messages().mustBeList('Talents') })
    .max(MAX_OPPORTUNITY_TALENTS, { error: () => messages().tooManyOpeningTalents(MAX_OPPORTUNITY_TALENTS) }),
};

const clearable = {
  description: blankToNull('Description', textField('Description')),
  municipalityNumber: blankToNull('Municipality number', municipalityNumberField()),
  municipalityName: blankToNull('Municipality name', nameField('Municipality name')),
  hoursPerWeek: hoursPerWeekField(),
};

function checkTalents(value: { talents?: readonly string[] | undefined }, ctx: z.RefinementCtx) {
  checkUniqueNames(value.talents, ctx, { path: 'talents', label: 'Talent' });
}

/** A new opening an employer offers. */
export const createOpportunitySchema = z
  .object({ ...required, ...optionalFields(settable), ...clearableFields(clearable) })
  .superRefine(checkTalents);
export type CreateOpportunityInput = z.infer<typeof createOpportunitySchema>;

/** Changes to an opening; `talents`, when sent, replaces the list. */
export const updateOpportunitySchema = z
  .object({ ...optionalFields(required), ...optionalFields(settable), ...clearableFields(clearable) })
  .superRefine(checkTalents);
export type UpdateOpportunityInput = z.infer<typeof updateOpportunitySchema>;
