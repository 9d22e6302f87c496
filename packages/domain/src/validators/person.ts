import { z } from 'zod';
import { SECTORS } from '../enums';
import {
  blankToNull,
  dateField,
  emailField,
  enumField,
  idField,
  nameField,
  phoneField,
} from './fields';
import { clearableFields, optionalFields } from './input-shape';
import { createParticipantProfileSchema } from './participant';

const required = {
  name: nameField('Name'),
  sector: enumField(SECTORS, 'Sector'),
};

const clearable = {
  email: blankToNull('Email', emailField()),
  phone: blankToNull('Phone', phoneField()),
  title: blankToNull('Title', nameField('Title')),
  organizationId: blankToNull('Organisation', idField('Organisation')),
  since: blankToNull('Since', dateField('Since')),
};

/** A new person; with `participant`, they get a participant profile in the same step. */
export const createPersonSchema = z.object({
  ...required,
  ...clearableFields(clearable),
  participant: createParticipantProfileSchema.nullish(),
});
export type CreatePersonInput = z.infer<typeof createPersonSchema>;

/** Changes to a person; the participant profile has its own update input. */
export const updatePersonSchema = z.object({
  ...optionalFields(required),
  ...clearableFields(clearable),
});
export type UpdatePersonInput = z.infer<typeof updatePersonSchema>;
