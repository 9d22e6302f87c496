import { z } from 'zod';
import { MAX_PASSWORD_LENGTH } from '../password/password-length';
import { MAX_EMAIL_LENGTH, untrimmedField } from './fields';
import { messages } from './messages';

/**
 * Logging in. Only presence is checked, not the password rules: an account made before a
 * rule changed must still be able to log in, and a wrong password is UNAUTHENTICATED, not bad input.
 */
export const loginSchema = z.object({
  email: untrimmedField('Email')
    .trim()
    .toLowerCase()
    .min(1, { error: () => messages().required('Email') })
    .max(MAX_EMAIL_LENGTH, { error: () => messages().atMostCharacters('Email', MAX_EMAIL_LENGTH) }),
  password: untrimmedField('Password')
    .min(1, { error: () => messages().required('Password') })
    .max(MAX_PASSWORD_LENGTH, { error: () => messages().atMostCharacters('Password', MAX_PASSWORD_LENGTH) }),
});
export type LoginInput = z.infer<typeof loginSchema>;
