import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_REGISTRY, isRegisteredReason } from '@brobygger/domain';
import { badInput, forbidden, notFound, rateLimited, tooManyJobs, unauthenticated } from './errors';
import { KNOWN_CODES } from './format-error';

const SRC = join(import.meta.dirname, '..');

/** The API's own source files, without tests and generated code. */
function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/**
 * Files that make a GraphQLError themselves, each with a registered code and reason (or a code
 * whose wording needs none): the helpers, the scalars, the cost and hardening rules, the
 * deadline, and the login's TOO_MANY_ATTEMPTS. Every other refusal goes through lib/errors.ts,
 * whose helpers take only registered reasons.
 */
const OWN_ERRORS = new Set([
  'lib/errors.ts',
  'lib/scalars.ts',
  'lib/query-cost.ts',
  'lib/hardening.ts',
  'lib/deadline.ts',
  'modules/account/login-service.ts',
]);

describe('the error registry and the API', () => {
  it('lists every code the API lets through to clients', () => {
    for (const code of KNOWN_CODES) expect(Object.keys(ERROR_REGISTRY), code).toContain(code);
  });

  it('makes every refusal through the helpers, outside a few files that use registered codes', () => {
    const makers = sourceFiles()
      .filter((path) => readFileSync(path, 'utf8').includes('new GraphQLError('))
      .map((path) => relative(SRC, path).split('\\').join('/'));
    expect(makers.filter((path) => !OWN_ERRORS.has(path))).toEqual([]);
    for (const path of OWN_ERRORS) {
      const text = readFileSync(join(SRC, path), 'utf8');
      for (const [, code] of text.matchAll(/code: '([A-Z_]+)'/g)) expect(Object.keys(ERROR_REGISTRY), `${path}: ${code}`).toContain(code);
      for (const [, reason] of text.matchAll(/reason: '([A-Z_]+)'/g)) {
        const registered = Object.values(ERROR_REGISTRY).some((entry) => Object.hasOwn(entry.reasons, reason!));
        expect(registered, `${path}: ${reason}`).toBe(true);
      }
    }
  });

  it('sends a registered reason from every helper', () => {
    const cases = [
      badInput('name', 'Name is required.', { reason: 'REQUIRED' }),
      notFound('person', 'per_1'),
      notFound('party of this agreement', 'pty_1', 'partyId'),
      forbidden(),
      forbidden('OWN_PROFILE_ONLY', 'You may change only your own profile.'),
      unauthenticated(),
      unauthenticated('WRONG_LOGIN', 'Wrong e-mail or password.'),
      rateLimited('login', 30, new Date()),
      tooManyJobs('VIEWER', 2),
    ];
    for (const error of cases) {
      const { code, reason } = error.extensions as { code: keyof typeof ERROR_REGISTRY; reason: unknown };
      expect(isRegisteredReason(code, reason), `${code}_${String(reason)}`).toBe(true);
    }
    expect(notFound('party of this agreement', 'pty_1').extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'AGREEMENT_PARTY' });
  });
});
