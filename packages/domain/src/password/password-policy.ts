import { isGuessable } from './guessability';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-length';
import { isMadeOfPersonalWords, personalWords, type PasswordContext } from './personal-words';

/**
 * Why a new password is refused; also the `reason` the API sends. No composition rules (a
 * digit, a capital): NIST SP 800-63B found they make passwords harder to remember, not to guess.
 */
export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG' | 'PERSONAL' | 'GUESSABLE';

/**
 * The first reason to refuse `password` as a new password for the account described by
 * `context`, or null when it is fine. Length is counted in characters as typed (never
 * trimmed); the other checks ignore case.
 */
export function passwordProblem(password: string, context: PasswordContext = {}): PasswordProblem | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return 'TOO_SHORT';
  if (length > MAX_PASSWORD_LENGTH) return 'TOO_LONG';
  if (isMadeOfPersonalWords(password, context)) return 'PERSONAL';
  if (isGuessable(password, personalWords(context))) return 'GUESSABLE';
  return null;
}

export type { PasswordContext };
