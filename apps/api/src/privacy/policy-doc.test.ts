import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryRoot } from '../env';
import { renderPolicyTable } from './policy-doc';

describe('docs/privacy.md', () => {
  it('holds the policy table the code enforces (pnpm privacy:doc rewrites it)', () => {
    const doc = readFileSync(join(repositoryRoot, 'docs/privacy.md'), 'utf8');
    expect(doc).toContain(renderPolicyTable());
  });
});
