import { z } from 'zod';
import { ROLES } from '../enums';
import { blankToNull, booleanField, emailField, enumField, idField } from './fields';
import { clearableFields, optionalFields } from './input-shape';
import { messages } from './messages';

/** Shortest password accepted for a new or changed password. */
export const MIN_PASSWORD_LENGTH = 10;
/** Longest password accepted; hashing a megabyte of input on every login is a cheap attack. */
export const MAX_PASSWORD_LENGTH = 200;

/** A string checked only for presence and type; unlike `stringField` it is not trimmed. */
function untrimmed(label: 'Email' | 'Password') {
  return z.string({
    error: (issue) => (issue.input == null ? messages().required(label) : messages().mustBeText(label)),
  });
}

const passwordTooLong = () => messages().atMostCharacters('Password', MAX_PASSWORD_LENGTH);

// Passwords are never trimmed: a space the user typed is part of it.
const password = untrimmed('Password')
  .min(MIN_PASSWORD_LENGTH, { error: () => messages().atLeastCharacters('Password', MIN_PASSWORD_LENGTH) })
  .max(MAX_PASSWORD_LENGTH, { error: passwordTooLong });

const required = {
  email: emailField('Email'),
  password,
  role: enumField(ROLES, 'Role'),
};

const settable = { active: booleanField('Active') };

const clearable = {
  personId: blankToNull('Person', idField('Person')),
  organizationId: blankToNull('Organisation', idField('Organisation')),
};

/** A new account; the password is hashed by the API and never stored as given. */
export const createUserSchema = z.object({
  ...required,
  ...optionalFields(settable),
  ...clearableFields(clearable),
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

/** Changes to an account; a new password must meet the same rules as on create. */
export const updateUserSchema = z.object({
  ...optionalFields(required),
  ...optionalFields(settable),
  ...clearableFields(clearable),
});
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

/**
 * Logging in. Only presence is checked, not the password rules: an account made before a
 * rule changed must still be able to log in, and a wrong password is UNAUTHENTICATED, not bad input.
 */
export const loginSchema = z.object({
  email: untrimmed('Email')
    .trim()
    .toLowerCase()
    .min(1, { error: () => messages().required('Email') }),
  password: untrimmed('Password')
    .min(1, { error: () => messages().required('Password') })
    .max(MAX_PASSWORD_LENGTH, { error: passwordTooLong }),
});
export type LoginInput = z.infer<typeof loginSchema>;
