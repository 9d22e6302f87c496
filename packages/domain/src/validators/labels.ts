/**
 * Every field label the validators use, keyed by its English form (the one the API answers
 * with) and giving the bokmål form the web forms show. The builders accept only these keys,
 * so a new label without a Norwegian form is a type error, not an English word in a Norwegian form.
 */
export const FIELD_LABELS = {
  Active: 'Aktiv',
  Address: 'Adresse',
  Benefit: 'Stønad',
  Candidate: 'Kandidat',
  'Changed on': 'Endringsdato',
  Coordinator: 'Brobygger',
  Date: 'Dato',
  Description: 'Beskrivelse',
  Done: 'Utført',
  Dream: 'Drøm',
  Dreams: 'Drømmer',
  'Due date': 'Frist',
  Email: 'E-post',
  Employees: 'Antall ansatte',
  'End date': 'Sluttdato',
  'Ended on': 'Sluttdato',
  'First person': 'Første person',
  From: 'Fra-dato',
  Goal: 'Mål',
  'Goal status': 'Målstatus',
  Goals: 'Mål',
  'Hours per week': 'Timer per uke',
  Industry: 'Bransje',
  'Industry code': 'Næringskode',
  'Industry name': 'Bransje',
  'Joined date': 'Innmeldingsdato',
  'Joined on': 'Innmeldingsdato',
  Kind: 'Type',
  'Left date': 'Utmeldingsdato',
  'Left on': 'Utmeldingsdato',
  Level: 'Nivå',
  Message: 'Melding',
  'Minimum hours per week': 'Minste antall timer per uke',
  'Municipality name': 'Kommunenavn',
  'Municipality number': 'Kommunenummer',
  Name: 'Navn',
  Network: 'Nettverk',
  Note: 'Notat',
  Opening: 'Stilling',
  Opportunity: 'Mulighet',
  Order: 'Rekkefølge',
  Organisation: 'Organisasjon',
  'Organisation number': 'Organisasjonsnummer',
  Parties: 'Parter',
  Password: 'Passord',
  Person: 'Person',
  Phone: 'Telefon',
  'Postal code': 'Postnummer',
  'Postal place': 'Poststed',
  'Public partner': 'Offentlig partner',
  'Publicly owned': 'Offentlig eid',
  Rating: 'Vurdering',
  Reason: 'Årsak',
  Role: 'Rolle',
  Search: 'Søk',
  'Second person': 'Andre person',
  Sector: 'Sektor',
  'Share for research': 'Del med forskning',
  // "Since" and "Until" date a tie or an affiliation; as a Norwegian sentence subject
  // "Siden"/"Til" read as other words, so the messages call them start and end date.
  Since: 'Startdato',
  'Start date': 'Startdato',
  'Started on': 'Startdato',
  Status: 'Status',
  Step: 'Steg',
  Strength: 'Styrke',
  Tag: 'Stikkord',
  Talent: 'Talent',
  Talents: 'Talenter',
  'Target date': 'Ønsket dato',
  Title: 'Tittel',
  To: 'Til-dato',
  Until: 'Sluttdato',
  'Visible to employers': 'Synlig for arbeidsgivere',
  Website: 'Nettside',
  'Wished industries': 'Ønskede bransjer',
  'Wished industry': 'Ønsket bransje',
} as const satisfies Record<string, string>;

/** A field label as the schemas write it (English); see `FIELD_LABELS` for its bokmål form. */
export type FieldLabel = keyof typeof FIELD_LABELS;

// Bokmål adjectives agree with the noun: "Navn kan ikke være tomt", "Tittel kan ikke være tom".
const NEUTER: ReadonlySet<FieldLabel> = new Set<FieldLabel>([
  'Goal',
  'Goals',
  'Level',
  'Municipality name',
  'Municipality number',
  'Name',
  'Network',
  'Note',
  'Organisation number',
  'Password',
  'Postal code',
  'Postal place',
  'Search',
  'Step',
  'Tag',
  'Talent',
]);

/** The bokmål form of a label, capitalised as at the start of a sentence. */
export function nbLabel(label: FieldLabel): string {
  return FIELD_LABELS[label];
}

/** Whether the bokmål label is a neuter noun, for the adjectives that agree with it. */
export function isNeuterInNb(label: FieldLabel): boolean {
  return NEUTER.has(label);
}
