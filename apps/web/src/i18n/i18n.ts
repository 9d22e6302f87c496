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
import { agreementErrors, agreements } from './agreements';
import { followUiLanguage } from './validation-language';

export const LANGUAGES = ['nb', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'brobygger.language';

function storedLanguage(): Language {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'nb';
}

/** Switches the UI language and remembers it across visits. */
export function setLanguage(language: Language): void {
  window.localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  void i18next.changeLanguage(language);
}

export function initI18n(): void {
  const lng = storedLanguage();
  document.documentElement.lang = lng;
  followUiLanguage(i18next, lng);
  void i18next.use(initReactI18next).init({
    resources: {
      nb: { translation: { ...nb, ...admin.nb, ...me.nb, ...employer.nb, ...coordination.nb, ...analytics.nb, ...journey.nb } },
      en: { translation: { ...en, ...admin.en, ...me.en, ...employer.en, ...coordination.en, ...analytics.en, ...journey.en } },
    },
    lng,
    fallbackLng: 'nb',
    interpolation: { escapeValue: false },
  });
  // The agreement pages' words, and their refusals merged deep into `apiErrors`.
  for (const language of LANGUAGES) {
    i18next.addResourceBundle(language, 'translation', { ...agreements[language], apiErrors: agreementErrors[language] }, true, false);
  }
}
