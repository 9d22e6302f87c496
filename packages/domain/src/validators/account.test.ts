import { describe, expect, it } from 'vitest';
import { createUserSchema, loginSchema, updateUserSchema } from './account';
import { validateInput } from './validation-error';

describe('createUserSchema', () => {
  const user = { email: 'Employer@Example.org', password: 'brobygger-demo', role: 'EMPLOYER', organizationId: 'org_1' };

  it('lower-cases the email and keeps the password as typed', () => {
    expect(validateInput(createUserSchema, { ...user, password: ' brobygger-demo ' })).toEqual({
      ok: true,
      value: { ...user, email: 'employer@example.org', password: ' brobygger-demo ' },
    });
  });

  it('needs a password of at least 10 characters', () => {
    expect(validateInput(createUserSchema, { ...user, password: 'short-pw1' })).toEqual({
      ok: false,
      field: 'password',
      message: 'Password must be at least 10 characters.',
    });
    expect(validateInput(createUserSchema, { ...user, password: undefined })).toMatchObject({ field: 'password', message: 'Password is required.' });
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

  it('holds a new password to the same rule', () => {
    expect(validateInput(updateUserSchema, { password: 'abc' })).toMatchObject({ ok: false, field: 'password' });
  });
});

describe('loginSchema', () => {
  it('accepts any non-empty password and normalises the email', () => {
    expect(validateInput(loginSchema, { email: ' Admin@Example.org', password: 'x' })).toEqual({
      ok: true,
      value: { email: 'admin@example.org', password: 'x' },
    });
  });

  it('needs both fields', () => {
    expect(validateInput(loginSchema, { password: 'x' })).toEqual({ ok: false, field: 'email', message: 'Email is required.' });
    expect(validateInput(loginSchema, { email: 'a@b.no', password: '' })).toEqual({
      ok: false,
      field: 'password',
      message: 'Password is required.',
    });
  });
});
