import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as domain from './index';

describe('the package entry point', () => {
  it('exposes the rules the API and the web app call', () => {
    for (const name of [
      'isValidOrgNumber',
      'checkMove',
      'allowedMoves',
      'statusAfterAgreementOutcome',
      'suppressSmallCount',
      'validateInput',
      'createOrganizationSchema',
      'updateOrganizationSchema',
      'createAgreementSchema',
      'loginSchema',
    ]) {
      expect(typeof (domain as Record<string, unknown>)[name], name).not.toBe('undefined');
    }
  });

  it('leaves the account schemas to @brobygger/domain/accounts, so "." does not carry zxcvbn-ts', () => {
    for (const name of ['createUserSchema', 'updateUserSchema', 'passwordProblem']) {
      expect((domain as Record<string, unknown>)[name], name).toBeUndefined();
    }
  });

  it('builds parsers that never need eval, which the web app’s CSP forbids', () => {
    expect(z.config().jitless).toBe(true);
  });

  it('runs a schema end to end through the entry point', () => {
    expect(
      domain.validateInput(domain.createOrganizationSchema, { name: 'NAV Skien', sector: 'PUBLIC', kind: 'NAV_OFFICE', orgNumber: '889640782' }),
    ).toMatchObject({ ok: true });
  });
});
