import { z } from 'zod';
import { ROLES } from '../enums';
import { blankToNull, booleanField, emailField, enumField, idField } from './fields';
import { clearableFields, optionalFields } from './input-shape';

/** Shortest password accepted for a new or changed password. */
export const MIN_PASSWORD_LENGTH = 10;
/** Longest password accepted; hashing a megabyte of input on every login is a cheap attack. */
export const MAX_PASSWORD_LENGTH = 200;

// Passwords are never trimmed: a space the user typed is part of it.
const password = z
  .string({ error: (issue) => (issue.input == null ? 'Password is required.' : 'Password must be text.') })
  .min(MIN_PASSWORD_LENGTH, `Password must be at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(MAX_PASSWORD_LENGTH, `Password can be at most ${MAX_PASSWORD_LENGTH} characters.`);

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
  email: z
    .string({ error: (issue) => (issue.input == null ? 'Email is required.' : 'Email must be text.') })
    .trim()
    .toLowerCase()
    .min(1, 'Email is required.'),
  password: z
    .string({ error: (issue) => (issue.input == null ? 'Password is required.' : 'Password must be text.') })
    .min(1, 'Password is required.')
    .max(MAX_PASSWORD_LENGTH, `Password can be at most ${MAX_PASSWORD_LENGTH} characters.`),
});
export type LoginInput = z.infer<typeof loginSchema>;
