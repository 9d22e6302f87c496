import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { rowProblem } from './report-view';
import './import-texts';

const exists = (key: string) => i18next.exists(key);

beforeAll(async () => {
  await i18next.changeLanguage('nb');
});

describe('why an import row was left out, in the reader’s words', () => {
  it('words a field the validators refused under the column’s name', () => {
    expect(rowProblem(i18next.t, exists, { problem: 'EMAIL', field: 'email' })).toBe('E-post: Skriv en e-postadresse som navn@example.no.');
    expect(rowProblem(i18next.t, exists, { problem: 'TWO_DIFFERENT_PEOPLE', field: 'personBId' })).toBe(
      'Person B (e-post eller id): En forbindelse må gå mellom to ulike personer.',
    );
  });

  it('words a row’s own problem with its values', () => {
    expect(rowProblem(i18next.t, exists, { problem: 'UNKNOWN_ORGANIZATION', params: { value: 'Finnes Ikke AS' } })).toBe(
      'Ingen organisasjon heter «Finnes Ikke AS» eller har det nummeret.',
    );
    expect(rowProblem(i18next.t, exists, { problem: 'BANKRUPT' })).toBe('Konkurs');
  });

  it('words a problem it does not know in general terms, not in the API’s sentence', () => {
    expect(rowProblem(i18next.t, exists, { problem: 'SOMETHING_NEW' })).toBe('Raden kunne ikke importeres.');
  });
});
