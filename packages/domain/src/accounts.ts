/**
 * The second entry point, `@brobygger/domain/accounts`: account schemas and the password
 * policy. They carry zxcvbn-ts and its dictionaries (~850 kB gzip), so they stay out of "."
 * and the web loads them only with the admin's account pages.
 */
export {
  createUserSchema,
  newPasswordError,
  updateUserSchema,
  type CreateUserInput,
  type UpdateUserInput,
} from './validators/account';
export { passwordProblem, type PasswordContext, type PasswordProblem } from './password/password-policy';
