import type { TFunction } from 'i18next';
import { isNetworkRole, NETWORK_ROLES, type NetworkRole } from '@brobygger/domain';
import { vocabulary } from '../i18n/vocabulary';

/**
 * A network member's role in the reader's words: a common role (@brobygger/domain
 * network-roles.ts) as this language says it, any other as it was typed.
 */
export function networkRoleWord(t: TFunction, role: string): string {
  return isNetworkRole(role) ? t(`networkRole.${role}`) : role;
}

/**
 * The role to store for what a coordinator typed: a common role's code when the text is one of
 * its words in either language ("Leder", "chair"), so the next reader sees it in theirs; any
 * other text as typed.
 */
export function networkRoleFromTyped(text: string): string {
  const typed = text.trim().toLocaleLowerCase('nb');
  const found = NETWORK_ROLES.find(
    (role: NetworkRole) =>
      role === typed ||
      vocabulary.nb.networkRole[role].toLocaleLowerCase('nb') === typed ||
      vocabulary.en.networkRole[role].toLocaleLowerCase('en') === typed,
  );
  return found ?? text.trim();
}
