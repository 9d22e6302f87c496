import type { FieldLabel } from './labels';

/**
 * Every sentence the validators can say, once per language. Field messages take the English
 * label and each language words it its own way; the rest are whole sentences.
 */
export interface MessageCatalog {
  // Type and presence, for every field builder.
  required(label: FieldLabel): string;
  /** For a field picked from a list (an enum, another entity): bokmål says "must be chosen". */
  requiredChoice(label: FieldLabel): string;
  mustBeText(label: FieldLabel): string;
  mustBeNumber(label: FieldLabel): string;
  mustBeBoolean(label: FieldLabel): string;
  mustBeOneOf(label: FieldLabel, values: readonly string[]): string;
  mustBeList(label: FieldLabel): string;

  // Text length and content.
  cannotBeEmpty(label: FieldLabel): string;
  atLeastCharacters(label: FieldLabel, min: number): string;
  atMostCharacters(label: FieldLabel, max: number): string;
  notAnId(label: FieldLabel): string;
  wholeNumber(label: FieldLabel, min: number, max: number | null): string;
  notARealDate(label: FieldLabel, input: string): string;
  dateFormat(label: FieldLabel): string;
  email(label: FieldLabel): string;
  phone(label: FieldLabel): string;
  municipalityNumber(label: FieldLabel): string;
  postalCode(label: FieldLabel): string;
  naceCode(label: FieldLabel): string;
  orgNumberDigits(label: FieldLabel): string;
  orgNumberLength(label: FieldLabel, value: string): string;
  orgNumberCheckDigit(label: FieldLabel, value: string): string;
  website(label: FieldLabel): string;
  controlCharacters(label: FieldLabel): string;
  bidiControls(label: FieldLabel): string;
  invisibleOnly(label: FieldLabel): string;

  // Passwords (NIST SP 800-63B: length, not guessable, not the account's own words).
  passwordGuessable(label: FieldLabel): string;
  passwordPersonal(label: FieldLabel): string;

  // Rules across fields and list limits.
  endBeforeStart(endLabel: FieldLabel, startLabel: FieldLabel, start: string): string;
  personAndOrganization(): string;
  personOrOrganization(): string;
  listedTwice(label: FieldLabel, name: string): string;
  samePartyTwice(party: 'person' | 'organization'): string;
  tooManyParties(max: number): string;
  twoDifferentPeople(): string;
  /** A status change whose reason names a start of something the new status is not. */
  reasonDoesNotFitStatus(): string;
  tooManySearchTalents(max: number): string;
  tooManyOpeningTalents(max: number): string;
  tooManyProfileTalents(max: number): string;
  tooManyWishedIndustries(max: number): string;
  /** A reordering that names an item twice, or not the items the list holds now. */
  listChanged(): string;
  tooLongOrder(max: number): string;
  tooFewDates(): string;
  tooManyDates(max: number): string;

  /** Wording for issues no schema worded, named from the input's key (see validation-error.ts). */
  fallback: FallbackCatalog;
}

/** Messages for unworded issues; `label` is already in this language. */
export interface FallbackCatalog {
  /** The label for a key such as `period`, or for the whole input when there is no key. */
  labelOf(key: string | undefined): string;
  required(label: string): string;
  wrongShape(label: string): string;
  mustBeType(label: string, expected: string): string;
  tooFewEntries(label: string, minimum: string): string;
  tooSmall(label: string): string;
  tooManyEntries(label: string, maximum: string): string;
  tooBig(label: string): string;
  notValid(label: string): string;
  inputNotValid(): string;
}
