import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { TRANSLATIONS } from '../i18n/i18n';
import { networkRoleFromTyped, networkRoleWord } from './network-role';

beforeAll(async () => {
  await i18next.init({
    lng: 'nb',
    resources: { nb: { translation: TRANSLATIONS.nb }, en: { translation: TRANSLATIONS.en } },
  });
});

describe('network roles', () => {
  it('words a common role in the reader’s language and shows any other as typed', async () => {
    await i18next.changeLanguage('nb');
    expect(networkRoleWord(i18next.t, 'member')).toBe('Medlem');
    expect(networkRoleWord(i18next.t, 'chair')).toBe('Leder');
    expect(networkRoleWord(i18next.t, 'sekretær')).toBe('sekretær');
    await i18next.changeLanguage('en');
    expect(networkRoleWord(i18next.t, 'member')).toBe('Member');
  });

  it('stores a common role typed in either language as its code, anything else as typed', () => {
    expect(networkRoleFromTyped(' Leder ')).toBe('chair');
    expect(networkRoleFromTyped('observer')).toBe('observer');
    expect(networkRoleFromTyped('Medlem')).toBe('member');
    expect(networkRoleFromTyped('Sekretær')).toBe('Sekretær');
  });
});
