import { afterEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createUserSchema } from './account';
import { loginSchema } from './login';
import { createAgreementSchema } from './agreement';
import { createConnectionSchema } from './connection';
import {
  dateField,
  emailField,
  enumField,
  idField,
  nameField,
  orgNumberField,
  phoneField,
  websiteField,
} from './fields';
import { setValidationLanguage, validationLanguage } from './messages';
import { createNetworkMemberSchema } from './network';
import { createOrganizationSchema } from './organization';
import { createGoalSchema, createParticipantProfileSchema } from './participant';
import { seriesDatesSchema, statisticsRangeSchema } from './statistics';
import { validateInput } from './validation-error';

/** The message a user would see for `input`. */
function messageFor(schema: z.ZodType, input: unknown): string | undefined {
  const result = validateInput(schema, input);
  return result.ok ? undefined : result.message;
}

afterEach(() => setValidationLanguage('en'));

describe('the validation language', () => {
  it('is English until set', () => {
    expect(validationLanguage()).toBe('en');
    expect(messageFor(nameField(), '  ')).toBe('Name cannot be empty.');
  });

  it('words the same schema in bokmål, then in English again', () => {
    const schema = dateField('Start date');
    setValidationLanguage('nb');
    expect(messageFor(schema, '31.05.2024')).toBe('Startdato må være en dato som 2024-05-31.');
    setValidationLanguage('en');
    expect(messageFor(schema, '31.05.2024')).toBe('Start date must be a date like 2024-05-31.');
  });
});

describe('field messages in bokmål', () => {
  it.each([
    { schema: nameField(), input: undefined, message: 'Navn må fylles ut.' },
    { schema: nameField(), input: '   ', message: 'Navn kan ikke være tomt.' },
    { schema: nameField('Title'), input: '', message: 'Tittel kan ikke være tom.' },
    { schema: nameField(), input: 42, message: 'Navn må være tekst.' },
    { schema: nameField(), input: 'x'.repeat(201), message: 'Navn kan ha høyst 200 tegn.' },
    {
      schema: dateField('End date'),
      input: '2023-02-29',
      message: 'Sluttdato: 2023-02-29 finnes ikke i kalenderen.',
    },
    {
      schema: emailField(),
      input: 'kari@',
      message: 'E-post må være en e-postadresse som navn@example.no.',
    },
    {
      schema: phoneField(),
      input: '1234',
      message: 'Telefon må være et norsk nummer på 8 sifre, som 912 34 567 eller +47 912 34 567.',
    },
    {
      schema: orgNumberField(),
      input: '12345',
      message: 'Organisasjonsnummer må ha 9 sifre; «12345» har 5.',
    },
    {
      schema: orgNumberField(),
      input: '98948340O',
      message: 'Organisasjonsnummer kan bare inneholde sifre.',
    },
    {
      schema: orgNumberField(),
      input: '989483405',
      message: 'Organisasjonsnummer 989483405 har feil kontrollsiffer.',
    },
    {
      schema: websiteField(),
      input: 'localhost',
      message: 'Nettside må være en nettadresse som https://example.no.',
    },
    {
      schema: enumField(['BUSINESS', 'PUBLIC', 'CIVIL'] as const, 'Sector'),
      input: 'PRIVATE',
      message: 'Sektor må være én av BUSINESS, PUBLIC, CIVIL.',
    },
    {
      schema: enumField(['BUSINESS', 'PUBLIC', 'CIVIL'] as const, 'Sector'),
      input: null,
      message: 'Sektor må velges.',
    },
    { schema: idField('Organisation'), input: '', message: 'Organisasjon må velges.' },
  ])('$message', ({ schema, input, message }) => {
    setValidationLanguage('nb');
    expect(messageFor(schema, input)).toBe(message);
  });

  it('words numbers, codes and yes/no fields of a whole form', () => {
    setValidationLanguage('nb');
    const base = { name: 'Bakeriet AS', sector: 'BUSINESS', kind: 'COMPANY' };
    expect(messageFor(createOrganizationSchema, { ...base, employees: -3 })).toBe(
      'Antall ansatte må være et heltall på minst 0.',
    );
    expect(messageFor(createOrganizationSchema, { ...base, municipalityNumber: '403' })).toBe(
      'Kommunenummer må ha 4 sifre, som 4003 for Skien.',
    );
    expect(messageFor(createOrganizationSchema, { ...base, postalCode: '37170' })).toBe(
      'Postnummer må ha 4 sifre, som 3717.',
    );
    expect(messageFor(createOrganizationSchema, { ...base, industryCode: '4711' })).toBe(
      'Næringskode må være en NACE-kode som 47.111 eller 62.',
    );
    expect(messageFor(createOrganizationSchema, { ...base, publiclyOwned: 'ja' })).toBe(
      'Offentlig eid må være ja eller nei.',
    );
    expect(messageFor(createParticipantProfileSchema, { hoursPerWeek: 120 })).toBe(
      'Timer per uke må være et heltall fra 0 til 60.',
    );
    expect(messageFor(createGoalSchema, { text: ' ' })).toBe('Mål kan ikke være tomt.');
  });

  it('words the account and login fields', () => {
    setValidationLanguage('nb');
    expect(
      messageFor(createUserSchema, { email: 'kari@nav.no', password: 'kort', role: 'ADMIN' }),
    ).toBe('Passord må ha minst 12 tegn.');
    expect(
      messageFor(createUserSchema, { email: 'kari@nav.no', password: 'passord12345', role: 'ADMIN' }),
    ).toMatch(/^Passord er for lett å gjette/);
    expect(
      messageFor(createUserSchema, { email: 'kari.nordmann@nav.no', password: 'Kari.Nordmann!2026', role: 'ADMIN' }),
    ).toBe('Passord kan ikke være laget av kontoens e-postadresse eller navn.');
    expect(messageFor(loginSchema, { email: ' ', password: 'x' })).toBe('E-post må fylles ut.');
    expect(messageFor(loginSchema, { email: 'kari@nav.no' })).toBe('Passord må fylles ut.');
  });
});

describe('rules across fields in bokmål', () => {
  const agreement = { title: 'Arbeidstrening', kind: 'WORK_TRIAL' };

  it('words an end before the start', () => {
    setValidationLanguage('nb');
    expect(
      validateInput(createAgreementSchema, {
        ...agreement,
        startDate: '2024-05-02',
        endDate: '2024-05-01',
      }),
    ).toEqual({
      ok: false,
      field: 'endDate',
      message: 'Sluttdato kan ikke være før startdato (02.05.2024).',
      reason: 'END_BEFORE_START',
      params: { start: '2024-05-02' },
    });
    expect(messageFor(statisticsRangeSchema, { from: '2024-06-01', to: '2024-01-01' })).toBe(
      'Til-dato kan ikke være før fra-dato (01.06.2024).',
    );
  });

  it('words person-or-organisation and the same party twice', () => {
    setValidationLanguage('nb');
    expect(messageFor(createNetworkMemberSchema, { networkId: 'net_1' })).toBe(
      'Velg en person eller en organisasjon.',
    );
    expect(
      messageFor(createNetworkMemberSchema, {
        networkId: 'net_1',
        personId: 'per_1',
        organizationId: 'org_1',
      }),
    ).toBe('Velg en person eller en organisasjon, ikke begge.');
    const party = { organizationId: 'org_1', role: 'EMPLOYER' };
    expect(messageFor(createAgreementSchema, { ...agreement, parties: [party, party] })).toBe(
      'Samme organisasjon er part to ganger.',
    );
  });

  it('words a connection to oneself and a name listed twice', () => {
    setValidationLanguage('nb');
    expect(
      messageFor(createConnectionSchema, {
        personAId: 'per_1',
        personBId: 'per_1',
        kind: 'MENTOR',
      }),
    ).toBe('En forbindelse må gå mellom to ulike personer.');
    expect(
      messageFor(createParticipantProfileSchema, { wishedIndustries: ['Bygg', 'bygg '] }),
    ).toBe('Bransje «bygg» står oppført to ganger.');
  });

  it('words list limits and issues no schema worded itself', () => {
    setValidationLanguage('nb');
    expect(messageFor(seriesDatesSchema, [])).toBe('Oppgi minst én dato.');
    expect(messageFor(createAgreementSchema, { ...agreement, parties: 'Kari' })).toBe(
      'Parter må være en liste.',
    );
    expect(messageFor(statisticsRangeSchema, { period: 'WEEK' })).toBe('Periode er ikke gyldig.');
    expect(messageFor(statisticsRangeSchema, 'i fjor')).toBe('Skjemaet har feil form.');
  });
});
