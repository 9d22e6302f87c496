import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** The BCP 47 locale behind each UI language, the same pair lib/format.ts writes dates with. */
export function localeOf(language: string): string {
  return language === 'en' ? 'en-GB' : 'nb-NO';
}

/** Formats numbers the way the reader's language writes them ("1 533", "0,024"). */
export function formatNumber(value: number, language: string, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(localeOf(language), options).format(value);
}

/** A number formatter bound to the UI language; re-made only when the language changes. */
export function useNumberFormat(): (value: number, options?: Intl.NumberFormatOptions) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const plain = new Intl.NumberFormat(localeOf(language));
    return (value, options) => (options ? formatNumber(value, language, options) : plain.format(value));
  }, [language]);
}
