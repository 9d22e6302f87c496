import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryRoot } from '../env';
import { POLICY_TABLE_END, POLICY_TABLE_START, renderPolicyTable } from './policy-doc';

/** `pnpm privacy:doc`: writes the policy table into docs/privacy.md between its markers. */
const file = join(repositoryRoot, 'docs/privacy.md');
const text = readFileSync(file, 'utf8');
const start = text.indexOf(POLICY_TABLE_START);
const end = text.indexOf(POLICY_TABLE_END);
if (start < 0 || end < start) throw new Error(`${file} has no policy table markers`);
writeFileSync(file, text.slice(0, start) + renderPolicyTable() + text.slice(end + POLICY_TABLE_END.length));
console.log(`Wrote the policy table to ${file}`);
