import type { MessageCatalog } from './message-catalog';
import { en } from './messages-en';
import { nb } from './messages-nb';

/** The languages the validators can word their messages in. */
export type ValidationLanguage = 'en' | 'nb';

const CATALOGS: Readonly<Record<ValidationLanguage, MessageCatalog>> = { en, nb };

// One setting for the process: the web app follows its UI language, the API never changes it
// and keeps answering in English. Schemas read it when an issue is made, not when built.
let current: ValidationLanguage = 'en';

/**
 * Chooses the language of validation messages from now on. English is the default; the web
 * app sets its UI language here so form errors read like the form around them.
 */
export function setValidationLanguage(language: ValidationLanguage): void {
  current = language;
}

/** The language validation messages are currently worded in. */
export function validationLanguage(): ValidationLanguage {
  return current;
}

/** The message catalog of the current language. */
export function messages(): MessageCatalog {
  return CATALOGS[current];
}
