import { isNeuterInNb, nbLabel as l } from './labels';
import type { MessageCatalog } from './message-catalog';

/** Lower-case for the middle of a sentence: "… før startdato". */
function inSentence(label: string): string {
  return label.toLocaleLowerCase('nb');
}

/** An ISO date as the Norwegian date field writes it: 2024-05-02 → 02.05.2024. */
function written(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso.split('-').reverse().join('.') : iso;
}

// Keys that reach the fallback wording (no schema worded them); others are named as they are.
const KEY_LABELS: Readonly<Record<string, string>> = {
  parties: 'Parter',
  participant: 'Deltakerprofil',
  period: 'Periode',
  statuses: 'Statuser',
  talents: 'Talenter',
  wishedIndustries: 'Ønskede bransjer',
};

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'tekst',
  number: 'et tall',
  boolean: 'ja eller nei',
  date: 'en dato',
};

/** Norsk bokmål, for the web forms when the UI is in Norwegian. */
export const nb: MessageCatalog = {
  required: (label) => `${l(label)} må fylles ut.`,
  requiredChoice: (label) => `${l(label)} må velges.`,
  mustBeText: (label) => `${l(label)} må være tekst.`,
  mustBeNumber: (label) => `${l(label)} må være et tall.`,
  mustBeBoolean: (label) => `${l(label)} må være ja eller nei.`,
  mustBeOneOf: (label, values) => `${l(label)} må være én av ${values.join(', ')}.`,
  mustBeList: (label) => `${l(label)} må være en liste.`,

  cannotBeEmpty: (label) => `${l(label)} kan ikke være ${isNeuterInNb(label) ? 'tomt' : 'tom'}.`,
  atLeastCharacters: (label, min) => `${l(label)} må ha minst ${min} tegn.`,
  atMostCharacters: (label, max) => `${l(label)} kan ha høyst ${max} tegn.`,
  notAnId: (label) => `${l(label)} er ikke en gyldig id.`,
  wholeNumber: (label, min, max) =>
    `${l(label)} må være et heltall ${max === null ? `på minst ${min}` : `fra ${min} til ${max}`}.`,
  notARealDate: (label, input) => `${l(label)}: ${input} finnes ikke i kalenderen.`,
  dateFormat: (label) => `${l(label)} må være en dato som 2024-05-31.`,
  email: (label) => `${l(label)} må være en e-postadresse som navn@example.no.`,
  phone: (label) =>
    `${l(label)} må være et norsk nummer på 8 sifre, som 912 34 567 eller +47 912 34 567.`,
  municipalityNumber: (label) => `${l(label)} må ha 4 sifre, som 4003 for Skien.`,
  postalCode: (label) => `${l(label)} må ha 4 sifre, som 3717.`,
  naceCode: (label) => `${l(label)} må være en NACE-kode som 47.111 eller 62.`,
  orgNumberDigits: (label) => `${l(label)} kan bare inneholde sifre.`,
  orgNumberLength: (label, value) => `${l(label)} må ha 9 sifre; «${value}» har ${value.length}.`,
  orgNumberCheckDigit: (label, value) => `${l(label)} ${value} har feil kontrollsiffer.`,
  website: (label) => `${l(label)} må være en nettadresse som https://example.no.`,
  controlCharacters: (label) => `${l(label)} kan ikke inneholde kontrolltegn.`,
  bidiControls: (label) => `${l(label)} kan ikke inneholde tegn som snur skriveretningen.`,
  invisibleOnly: (label) => `${l(label)} kan ikke bestå av bare usynlige tegn.`,

  passwordGuessable: (label) =>
    `${l(label)} er for lett å gjette: det er et vanlig passord eller laget av vanlige ord, navn, datoer eller mønstre. Noen uvanlige ord sammen er lette å huske og vanskelige å gjette.`,
  passwordPersonal: (label) => `${l(label)} kan ikke være laget av kontoens e-postadresse eller navn.`,

  endBeforeStart: (endLabel, startLabel, start) =>
    `${l(endLabel)} kan ikke være før ${inSentence(l(startLabel))} (${written(start)}).`,
  personAndOrganization: () => 'Velg en person eller en organisasjon, ikke begge.',
  personOrOrganization: () => 'Velg en person eller en organisasjon.',
  listedTwice: (label, name) => `${l(label)} «${name}» står oppført to ganger.`,
  samePartyTwice: (party) =>
    `Samme ${party === 'person' ? 'person' : 'organisasjon'} er part to ganger.`,
  tooManyParties: (max) => `En avtale kan ha høyst ${max} parter.`,
  twoDifferentPeople: () => 'En forbindelse må gå mellom to ulike personer.',
  reasonDoesNotFitStatus: () => 'Årsaken passer ikke til den nye statusen. Velg en annen årsak eller status.',
  tooManySearchTalents: (max) => `Et søk kan kreve høyst ${max} talenter.`,
  tooManyOpeningTalents: (max) => `En stilling kan be om høyst ${max} talenter.`,
  tooManyProfileTalents: (max) => `En profil kan ha høyst ${max} talenter.`,
  tooManyWishedIndustries: (max) => `En profil kan ha høyst ${max} ønskede bransjer.`,
  listChanged: () => 'Listen er endret siden den ble vist; last den inn på nytt og flytt punktet igjen.',
  tooLongOrder: (max) => `En rekkefølge kan ha høyst ${max} punkter.`,
  tooFewDates: () => 'Oppgi minst én dato.',
  tooManyDates: (max) => `Oppgi høyst ${max} datoer.`,

  fallback: {
    labelOf: (key) => (key ? (KEY_LABELS[key] ?? `Feltet «${key}»`) : 'Skjemaet'),
    required: (label) => `${label} må fylles ut.`,
    wrongShape: (label) => `${label} har feil form.`,
    mustBeType: (label, expected) =>
      `${label} må være ${TYPE_NAMES[expected] ?? `av typen ${expected}`}.`,
    tooFewEntries: (label, minimum) =>
      `${label} må ha minst ${minimum} ${minimum === '1' ? 'oppføring' : 'oppføringer'}.`,
    tooSmall: (label) => `${label} er for kort eller for lav.`,
    tooManyEntries: (label, maximum) => `${label} kan ha høyst ${maximum} oppføringer.`,
    tooBig: (label) => `${label} er for lang eller for høy.`,
    notValid: (label) => `${label} er ikke gyldig.`,
    inputNotValid: () => 'Skjemaet er ikke gyldig.',
  },
};
