import type { MessageCatalog } from './message-catalog';

/** An ISO date as the English date field writes it: 2024-05-02 → 02/05/2024. */
function written(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso.split('-').reverse().join('/') : iso;
}

/** English, the API's language and the default; the wording the API tests assert. */
export const en: MessageCatalog = {
  required: (label) => `${label} is required.`,
  requiredChoice: (label) => `${label} is required.`,
  mustBeText: (label) => `${label} must be text.`,
  mustBeNumber: (label) => `${label} must be a number.`,
  mustBeBoolean: (label) => `${label} must be true or false.`,
  mustBeOneOf: (label, values) => `${label} must be one of ${values.join(', ')}.`,
  mustBeList: (label) => `${label} must be a list.`,

  cannotBeEmpty: (label) => `${label} cannot be empty.`,
  atLeastCharacters: (label, min) => `${label} must be at least ${min} characters.`,
  atMostCharacters: (label, max) => `${label} can be at most ${max} characters.`,
  notAnId: (label) => `${label} is not a valid id.`,
  wholeNumber: (label, min, max) =>
    `${label} must be a whole number ${max === null ? `at least ${min}` : `from ${min} to ${max}`}.`,
  notARealDate: (label, input) => `${label} ${input} is not a real date.`,
  dateFormat: (label) => `${label} must be a date like 2024-05-31.`,
  email: (label) => `${label} must be an email address like name@example.no.`,
  phone: (label) =>
    `${label} must be a Norwegian number of 8 digits, like 912 34 567 or +47 912 34 567.`,
  municipalityNumber: (label) => `${label} must be 4 digits, like 4003 for Skien.`,
  postalCode: (label) => `${label} must be 4 digits, like 3717.`,
  naceCode: (label) => `${label} must be a NACE code like 47.111 or 62.`,
  orgNumberDigits: (label) => `${label} may contain only digits.`,
  orgNumberLength: (label, value) => `${label} must have 9 digits; "${value}" has ${value.length}.`,
  orgNumberCheckDigit: (label, value) => `${label} ${value} has a wrong check digit.`,
  website: (label) => `${label} must be a web address like https://example.no.`,
  controlCharacters: (label) => `${label} cannot contain control characters.`,
  bidiControls: (label) => `${label} cannot contain characters that change the writing direction.`,
  invisibleOnly: (label) => `${label} cannot consist of invisible characters only.`,

  passwordGuessable: (label) =>
    `${label} is too easy to guess: it is a common password or made of common words, names, dates or patterns. A few unusual words together are easy to remember and hard to guess.`,
  passwordPersonal: (label) => `${label} cannot be made of the account's e-mail address or name.`,

  endBeforeStart: (endLabel, startLabel, start) =>
    `${endLabel} must be on or after the ${startLabel.toLowerCase()} (${written(start)}).`,
  personAndOrganization: () => 'Choose a person or an organisation, not both.',
  personOrOrganization: () => 'Choose a person or an organisation.',
  listedTwice: (label, name) => `${label} "${name}" is listed twice.`,
  samePartyTwice: (party) =>
    `The same ${party === 'person' ? 'person' : 'organisation'} is a party twice.`,
  tooManyParties: (max) => `An agreement can have at most ${max} parties.`,
  twoDifferentPeople: () => 'A connection needs two different people.',
  reasonDoesNotFitStatus: () => 'The reason does not fit the new status. Choose another reason or status.',
  tooManySearchTalents: (max) => `A search can require at most ${max} talents.`,
  tooManyOpeningTalents: (max) => `An opening can ask for at most ${max} talents.`,
  tooManyProfileTalents: (max) => `A profile can list at most ${max} talents.`,
  tooManyWishedIndustries: (max) => `A profile can list at most ${max} wished industries.`,
  listChanged: () => 'The list has changed since it was shown; load it again and move the item once more.',
  tooLongOrder: (max) => `An order can hold at most ${max} items.`,
  tooFewDates: () => 'Give at least one date.',
  tooManyDates: (max) => `Give at most ${max} dates.`,

  fallback: {
    // "orgNumber" → "Org number"
    labelOf: (key) => {
      if (!key) return 'The input';
      const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
      return words.charAt(0).toUpperCase() + words.slice(1);
    },
    required: (label) => `${label} is required.`,
    wrongShape: (label) => `${label} has the wrong shape.`,
    mustBeType: (label, expected) =>
      `${label} must be ${expected === 'string' ? 'text' : `a ${expected}`}.`,
    tooFewEntries: (label, minimum) => `${label} needs at least ${minimum} entries.`,
    tooSmall: (label) => `${label} is too short or too small.`,
    tooManyEntries: (label, maximum) => `${label} can have at most ${maximum} entries.`,
    tooBig: (label) => `${label} is too long or too large.`,
    notValid: (label) => `${label} is not valid.`,
    inputNotValid: () => 'The input is not valid.',
  },
};
