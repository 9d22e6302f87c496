import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, ERROR_REGISTRY, NETWORK_ROLES, registeredReasons } from '@brobygger/domain';
import { wordError } from '../lib/graphql-error';
import { LANGUAGES, TRANSLATIONS } from './i18n';

/** The app's own keys beside the registry's: no code at all, or no answer. */
const APP_KEYS: Readonly<Record<string, readonly string[]>> = { UNKNOWN: ['code'], NETWORK: [] };

/** The values a wording uses: `{{max}}`, also inside a nested `$t(sector.{{sector}})`. */
function valuesUsed(wording: string): string[] {
  return [...wording.matchAll(/\{\{\s*([\w]+)/g)].map((match) => match[1]!);
}

function wordsOf(language: (typeof LANGUAGES)[number]): Record<string, string> {
  return TRANSLATIONS[language].apiErrors;
}

/** Every key the registry needs words for, with the values each may use. */
const NEEDED = new Map<string, readonly string[]>([
  ...registeredReasons().map(({ code, reason, params }) => [reason ? `${code}_${reason}` : code, params] as const),
  ...Object.entries(APP_KEYS),
]);

beforeAll(async () => {
  await i18next.init({
    lng: 'nb',
    resources: { nb: { translation: TRANSLATIONS.nb }, en: { translation: TRANSLATIONS.en } },
    interpolation: { escapeValue: false },
  });
});

describe.each(LANGUAGES)('the words for the API’s refusals in %s', (language) => {
  const words = wordsOf(language);

  it('word every code and reason of the error registry', () => {
    const missing = [...NEEDED.keys()].filter((key) => typeof words[key] !== 'string' || words[key].trim() === '');
    expect(missing).toEqual([]);
  });

  it('use only the values the registry says the API sends', () => {
    const unlisted = [...NEEDED].flatMap(([key, params]) =>
      valuesUsed(words[key] ?? '')
        .filter((name) => !params.includes(name))
        .map((name) => `${key}: {{${name}}}`),
    );
    expect(unlisted).toEqual([]);
  });

  it('word nothing the registry does not list (a renamed or removed reason)', () => {
    expect(Object.keys(words).filter((key) => !NEEDED.has(key))).toEqual([]);
  });

  it('word every action and kind of record of the audit log, and the common network roles', () => {
    const t = TRANSLATIONS[language] as unknown as Record<string, Record<string, string>>;
    expect(AUDIT_ACTIONS.filter((action) => !t.auditAction?.[action])).toEqual([]);
    expect(AUDIT_ENTITY_TYPES.filter((type) => !t.auditEntity?.[type])).toEqual([]);
    expect(NETWORK_ROLES.filter((role) => !t.networkRole?.[role])).toEqual([]);
  });
});

describe('wording a refusal', () => {
  it('checks the registry itself: every code has the shape the web relies on', () => {
    for (const entry of Object.values(ERROR_REGISTRY)) {
      expect(Array.isArray(entry.params)).toBe(true);
      expect(typeof entry.reasons).toBe('object');
    }
  });

  it('words a reason with its values as the reader writes them', async () => {
    await i18next.changeLanguage('nb');
    expect(wordError({ code: 'BAD_USER_INPUT', reason: 'TOO_LONG', params: { max: 5000 } })).toBe('Bruk høyst 5\u00a0000 tegn.');
    expect(wordError({ code: 'UNAUTHENTICATED', reason: 'WRONG_LOGIN' })).toBe('Feil e-post eller passord.');
    await i18next.changeLanguage('en');
    expect(wordError({ code: 'BAD_USER_INPUT', reason: 'TOO_LONG', params: { max: 5000 } })).toBe('Use at most 5,000 characters.');
  });

  it('words an unknown reason by its code, and an unknown code in a general sentence naming it', async () => {
    await i18next.changeLanguage('nb');
    expect(wordError({ code: 'NOT_FOUND', reason: 'SPACESHIP' })).toBe(TRANSLATIONS.nb.apiErrors.NOT_FOUND);
    expect(wordError({ code: 'TEAPOT' })).toBe('Noe gikk galt (TEAPOT). Prøv igjen, eller si fra til en administrator.');
    expect(wordError({})).toContain('Noe gikk galt');
  });
});
