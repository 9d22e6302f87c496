import { describe, expect, it } from 'vitest';
import { createUserSchema, newPasswordError, updateUserSchema } from './account';
import { loginSchema } from './login';
import { validateInput } from './validation-error';

const STRONG = 'lilac-kettle-orbit-57';

describe('createUserSchema', () => {
  const user = { email: 'Employer@Example.org', password: STRONG, role: 'EMPLOYER', organizationId: 'org_1' };

  it('lower-cases the email and keeps the password as typed', () => {
    expect(validateInput(createUserSchema, { ...user, password: ` ${STRONG} ` })).toEqual({
      ok: true,
      value: { ...user, email: 'employer@example.org', password: ` ${STRONG} ` },
    });
  });

  it('needs a password of at least 12 characters, counted as a person counts them', () => {
    expect(validateInput(createUserSchema, { ...user, password: 'kettle-orb1' })).toEqual({
      ok: false,
      field: 'password',
      message: 'Password must be at least 12 characters.',
      reason: 'TOO_SHORT',
      params: { min: 12 },
    });
    // Eleven letters, one of them an emoji of two UTF-16 units: still too short.
    expect(validateInput(createUserSchema, { ...user, password: 'kettle-orb🦊' })).toMatchObject({ reason: 'TOO_SHORT' });
    expect(validateInput(createUserSchema, { ...user, password: undefined })).toMatchObject({ field: 'password', message: 'Password is required.' });
  });

  it('refuses at most 200 characters', () => {
    expect(validateInput(createUserSchema, { ...user, password: 'kettle-'.repeat(30) })).toMatchObject({
      field: 'password',
      reason: 'TOO_LONG',
      params: { max: 200 },
    });
  });

  it.each(['aaaaaaaaaaaa', '123456789012', 'passord12345', 'brobygger2026', 'Sommer2024!!', 'hemmelig-passord'])(
    'refuses the guessable %s, with no composition rule to satisfy',
    (password) => {
      expect(validateInput(createUserSchema, { ...user, password })).toEqual({
        ok: false,
        field: 'password',
        message: expect.stringMatching(/^Password is too easy to guess/),
        reason: 'GUESSABLE',
      });
    },
  );

  it('refuses a password made of the e-mail beside it', () => {
    const kari = { ...user, email: 'kari.nordmann@grenlandbygg.no' };
    for (const password of ['kari.nordmannkari.nordmann', 'Kari.Nordmann2026!', 'grenlandbygg-1234']) {
      expect(validateInput(createUserSchema, { ...kari, password }), password).toEqual({
        ok: false,
        field: 'password',
        message: "Password cannot be made of the account's e-mail address or name.",
        reason: 'PERSONAL',
      });
    }
    expect(validateInput(createUserSchema, { ...kari, password: STRONG })).toMatchObject({ ok: true });
  });

  it('needs a known role and a valid email', () => {
    expect(validateInput(createUserSchema, { ...user, role: 'SUPERUSER' })).toMatchObject({ ok: false, field: 'role' });
    expect(validateInput(createUserSchema, { ...user, email: 'employer' })).toMatchObject({ ok: false, field: 'email' });
  });
});

describe('updateUserSchema', () => {
  it('deactivates an account without touching the password', () => {
    expect(validateInput(updateUserSchema, { active: false })).toEqual({ ok: true, value: { active: false } });
  });

  it('holds a new password to the same rules', () => {
    expect(validateInput(updateUserSchema, { password: 'abc' })).toMatchObject({ ok: false, field: 'password', reason: 'TOO_SHORT' });
    expect(validateInput(updateUserSchema, { password: '1234567890ab' })).toMatchObject({ field: 'password', reason: 'GUESSABLE' });
    expect(validateInput(updateUserSchema, { email: 'ola@bamble.no', password: 'bamble-ola-2026' })).toMatchObject({
      field: 'password',
      reason: 'PERSONAL',
    });
    expect(validateInput(updateUserSchema, { password: STRONG })).toEqual({ ok: true, value: { password: STRONG } });
  });
});

describe('newPasswordError', () => {
  it('checks against what the API knows of the account: its stored e-mail and its person', () => {
    expect(newPasswordError('Nordmann-Kari-1990', { email: 'kn@example.org', name: 'Kari Nordmann' })).toEqual({
      field: 'password',
      message: "Password cannot be made of the account's e-mail address or name.",
      reason: 'PERSONAL',
    });
    expect(newPasswordError('short', {})).toMatchObject({ reason: 'TOO_SHORT', params: { min: 12 } });
    expect(newPasswordError(STRONG, { email: 'kn@example.org', name: 'Kari Nordmann' })).toBeNull();
  });
});

describe('loginSchema', () => {
  it('accepts any non-empty password and normalises the email', () => {
    expect(validateInput(loginSchema, { email: ' Admin@Example.org', password: 'x' })).toEqual({
      ok: true,
      value: { email: 'admin@example.org', password: 'x' },
    });
  });

  it('does not apply the password policy: existing accounts log in as they are', () => {
    for (const password of ['brobygger-demo', 'aaaaaaaaaaaa', '1234567890']) {
      expect(validateInput(loginSchema, { email: 'demo@example.org', password })).toMatchObject({ ok: true });
    }
  });

  it('needs both fields, and no absurd e-mail', () => {
    expect(validateInput(loginSchema, { password: 'x' })).toEqual({ ok: false, field: 'email', message: 'Email is required.', reason: 'REQUIRED' });
    expect(validateInput(loginSchema, { email: 'a@b.no', password: '' })).toEqual({
      ok: false,
      field: 'password',
      message: 'Password is required.',
      reason: 'EMPTY',
    });
    expect(validateInput(loginSchema, { email: `${'x'.repeat(300)}@b.no`, password: 'x' })).toMatchObject({
      field: 'email',
      reason: 'TOO_LONG',
      params: { max: 254 },
    });
  });
});
