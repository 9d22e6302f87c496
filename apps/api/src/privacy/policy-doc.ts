import { ENTITIES, POLICY, ROLES } from './policy';

export const POLICY_TABLE_START = '<!-- policy table: rendered from apps/api/src/privacy/policy.ts -->';
export const POLICY_TABLE_END = '<!-- end of policy table -->';

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The role × entity table of docs/privacy.md, as Markdown, between its markers. */
export function renderPolicyTable(): string {
  const header = `| | ${ROLES.map((role) => role.toLowerCase()).join(' | ')} |`;
  const rule = `| --- |${ROLES.map(() => ' --- |').join('')}`;
  const rows = ENTITIES.map((entity) => `| **${entity}** | ${ROLES.map((role) => cell(POLICY[entity][role])).join(' | ')} |`);
  return [POLICY_TABLE_START, header, rule, ...rows, POLICY_TABLE_END].join('\n');
}
