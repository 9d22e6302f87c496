import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { LIFECYCLE_PROBLEMS } from '@brobygger/domain';
import { agreementErrors } from '../../i18n/agreements';
import { TRANSLATIONS } from '../../i18n/i18n';
import { wordRefusal } from '../../lib/graphql-error';

/** The reasons the agreement API gives that are not lifecycle moves (editing a draft). */
const EDIT_REASONS = ['AGREEMENT_NOT_DRAFT', 'AGREEMENT_TERMS_LOCKED', 'AGREEMENT_PARTY_TWICE'];

beforeAll(async () => {
  await i18next.init({
    lng: 'nb',
    resources: { nb: { translation: TRANSLATIONS.nb }, en: { translation: TRANSLATIONS.en } },
    interpolation: { escapeValue: false },
  });
});

describe('the agreement refusals in the reader’s words', () => {
  it.each(['nb', 'en'] as const)('has words in %s for every reason the API gives', (language) => {
    const words: Record<string, string> = agreementErrors[language];
    for (const reason of [...LIFECYCLE_PROBLEMS, ...EDIT_REASONS]) {
      expect(words[`BAD_USER_INPUT_${reason}`], reason).toBeTruthy();
    }
  });

  it('words a date as the reader writes it, not as the API sends it', async () => {
    await i18next.changeLanguage('nb');
    const nbText = wordRefusal('AGREEMENT_NOT_STARTED', { startDate: '2027-03-01' });
    expect(nbText).toBe(
      'Avtalen kan ikke fullføres før den har startet. Den starter 1. mars 2027.',
    );
    await i18next.changeLanguage('en');
    expect(wordRefusal('AGREEMENT_NOT_STARTED', { startDate: '2027-03-01' })).toContain(
      '1 Mar 2027',
    );
  });

  it('names the one sector of a dead-end draft in a sentence', async () => {
    await i18next.changeLanguage('nb');
    expect(wordRefusal('AGREEMENT_ONE_SECTOR', { sector: 'CIVIL' })).toContain(
      'nå er alle fra sivilsamfunnet.',
    );
  });

  it('words a reason it has no words for as the refusal of bad input, never in the API’s sentence', async () => {
    await i18next.changeLanguage('nb');
    expect(wordRefusal('SOMETHING_NEW', {})).toBe('Noe av det som ble sendt, er ikke gyldig. Se over og prøv igjen.');
    expect(wordRefusal(null, null)).toBe('Noe av det som ble sendt, er ikke gyldig. Se over og prøv igjen.');
  });
});
