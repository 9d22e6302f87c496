import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { nb } from './nb';
import { admin } from './admin';
import { me } from './me';
import { employer } from './employer';
import { coordination } from './coordination';
import { analytics } from './analytics';
import { journey } from './journey';
import { archive } from './archive';
import { agreementErrors, agreements } from './agreements';
import { apiErrorWords } from './errors';
import { vocabulary } from './vocabulary';
import { followUiLanguage } from './validation-language';
import { storeLanguage, storedLanguage, type Language } from './stored-language';

export { LANGUAGES, type Language } from './stored-language';

/** Every area's words in one tree per language, with the refusals merged into one `apiErrors` (layout: en.ts). */
function translationOf(language: Language) {
  const base = { en, nb }[language];
  const areas = [admin, me, employer, coordination, analytics, journey, archive, agreements, vocabulary].map((area) => area[language]);
  return Object.assign({}, base, ...areas, {
    apiErrors: { ...base.apiErrors, ...apiErrorWords[language], ...agreementErrors[language] },
  }) as Omit<typeof base, 'apiErrors'> & { apiErrors: Record<string, string> } & Record<string, unknown>;
}

/** The translations i18next starts with (the import page adds its own when it loads). */
export const TRANSLATIONS = { nb: translationOf('nb'), en: translationOf('en') };

/** Switches the UI language and remembers it across visits. */
export function setLanguage(language: Language): void {
  storeLanguage(language);
  document.documentElement.lang = language;
  void i18next.changeLanguage(language);
}

export function initI18n(): void {
  const lng = storedLanguage();
  document.documentElement.lang = lng;
  followUiLanguage(i18next, lng);
  void i18next.use(initReactI18next).init({
    resources: { nb: { translation: TRANSLATIONS.nb }, en: { translation: TRANSLATIONS.en } },
    lng,
    fallbackLng: 'nb',
    interpolation: { escapeValue: false },
  });
}
