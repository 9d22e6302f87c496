import { setValidationLanguage, type ValidationLanguage } from '@brobygger/domain';
import type { i18n } from 'i18next';

function validationLanguageFor(uiLanguage: string): ValidationLanguage {
  return uiLanguage.startsWith('en') ? 'en' : 'nb';
}

/**
 * Keeps the domain validators' messages in the UI language, so a form's errors read like the
 * form around them; without this they would be English under Norwegian labels. Call before
 * `init` so the first `languageChanged` is heard too.
 */
export function followUiLanguage(instance: i18n, current: string): void {
  setValidationLanguage(validationLanguageFor(current));
  instance.on('languageChanged', (language) => setValidationLanguage(validationLanguageFor(language)));
}
