import { describe, expect, it } from 'vitest';
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

  it('runs a schema end to end through the entry point', () => {
    expect(
      domain.validateInput(domain.createOrganizationSchema, { name: 'NAV Skien', sector: 'PUBLIC', kind: 'NAV_OFFICE', orgNumber: '889640782' }),
    ).toMatchObject({ ok: true });
  });
});
