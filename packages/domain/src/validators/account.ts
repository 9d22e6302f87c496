import { z } from 'zod';
import { ROLES } from '../enums';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../password/password-length';
import { passwordProblem, type PasswordContext, type PasswordProblem } from '../password/password-policy';
import { blankToNull, booleanField, emailField, enumField, idField, untrimmedField } from './fields';
import { clearableFields, optionalFields } from './input-shape';
import { messages } from './messages';
import type { ValidationReason } from './issue-reason';
import type { ValidationError } from './validation-error';

type PasswordIssue = { message: string; params: { reason: ValidationReason } & Record<string, string | number> };

const PASSWORD_ISSUES: Readonly<Record<PasswordProblem, () => PasswordIssue>> = {
  TOO_SHORT: () => ({
    message: messages().atLeastCharacters('Password', MIN_PASSWORD_LENGTH),
    params: { reason: 'TOO_SHORT', min: MIN_PASSWORD_LENGTH },
  }),
  TOO_LONG: () => ({
    message: messages().atMostCharacters('Password', MAX_PASSWORD_LENGTH),
    params: { reason: 'TOO_LONG', max: MAX_PASSWORD_LENGTH },
  }),
  PERSONAL: () => ({ message: messages().passwordPersonal('Password'), params: { reason: 'PERSONAL' } }),
  GUESSABLE: () => ({ message: messages().passwordGuessable('Password'), params: { reason: 'GUESSABLE' } }),
};

/**
 * The password policy's verdict on a new password as a validation error on `password`, or
 * null: for the API, which knows more of the account (its stored e-mail, its person's name)
 * than an input carries.
 */
export function newPasswordError(password: string, context: PasswordContext): ValidationError | null {
  const problem = passwordProblem(password, context);
  if (problem === null) return null;
  const { message, params } = PASSWORD_ISSUES[problem]();
  const { reason, ...values } = params;
  return { field: 'password', message, reason, ...(Object.keys(values).length ? { params: values } : {}) };
}

/** Reports the password policy's verdict on `password` (at `path` when checked from the object). */
function checkPassword(password: string, context: PasswordContext, ctx: z.RefinementCtx, path: string[] = []): void {
  const problem = passwordProblem(password, context);
  if (problem !== null) ctx.addIssue({ code: 'custom', path, ...PASSWORD_ISSUES[problem]() });
}

// Passwords are never trimmed: a space the user typed is part of it. The policy is checked by
// the object (`checkNewPassword`), which knows the e-mail beside the password.
const password = untrimmedField('Password');

/** A new password against the policy and the e-mail in the same input. */
function checkNewPassword(value: { email?: unknown; password?: unknown }, ctx: z.RefinementCtx) {
  if (typeof value.password !== 'string') return;
  const email = typeof value.email === 'string' ? value.email : undefined;
  checkPassword(value.password, { email }, ctx, ['password']);
}

// zod skips an object's refinement once a field is missing; this one runs whenever there is a
// password, so a form shows a weak password beside a role not yet chosen.
const withPassword = {
  when: (payload: z.core.ParsePayload) => typeof (payload.value as { password?: unknown } | null)?.password === 'string',
};

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

/**
 * A new account; the password is hashed by the API and never stored as given. The API checks
 * the password once more against the name of the person the account is linked to.
 */
export const createUserSchema = z
  .object({
    ...required,
    ...optionalFields(settable),
    ...clearableFields(clearable),
  })
  .superRefine(checkNewPassword, withPassword);
export type CreateUserInput = z.infer<typeof createUserSchema>;

/**
 * Changes to an account; a new password must meet the same rules as on create. Only an e-mail
 * in the same input is known here: the API checks against the stored e-mail and name.
 */
export const updateUserSchema = z
  .object({
    ...optionalFields(required),
    ...optionalFields(settable),
    ...clearableFields(clearable),
  })
  .superRefine(checkNewPassword, withPassword);
export type UpdateUserInput = z.infer<typeof updateUserSchema>;
