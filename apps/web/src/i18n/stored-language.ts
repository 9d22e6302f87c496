export const LANGUAGES = ['nb', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'brobygger.language';

/** The language chosen on an earlier visit (Norwegian unless English was chosen). */
export function storedLanguage(): Language {
  return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nb';
}

/** Remembers the language across visits. */
export function storeLanguage(language: Language): void {
  window.localStorage.setItem(STORAGE_KEY, language);
}
