import type {
  AgreementKind,
  AgreementOutcome,
  AgreementStatus,
  ConnectionKind,
  NetworkKind,
  OpportunityKind,
  OpportunityStatus,
  OrganizationKind,
  PartyRole,
  Sector,
} from './enums';

/** The languages the app speaks; nb is the default. */
export const LABEL_LANGUAGES = ['nb', 'en'] as const;
export type LabelLanguage = (typeof LABEL_LANGUAGES)[number];

const en = {
  sector: { BUSINESS: 'Business', PUBLIC: 'Public sector', CIVIL: 'Civil society' } satisfies Record<Sector, string>,
  orgKind: {
    COMPANY: 'Company',
    NAV_OFFICE: 'NAV office',
    MUNICIPALITY: 'Municipality',
    COUNTY: 'County',
    STATE_AGENCY: 'State agency',
    SCHOOL: 'School',
    HEALTH_SERVICE: 'Health service',
    SOCIAL_ENTERPRISE: 'Social enterprise',
    NGO: 'NGO',
    OTHER: 'Other',
  } satisfies Record<OrganizationKind, string>,
  networkKind: {
    BUSINESS_FORUM: 'Business forum',
    PROJECT: 'Project',
    PARTNERSHIP: 'Partnership',
    PEER_GROUP: 'Peer group',
    OTHER: 'Other',
  } satisfies Record<NetworkKind, string>,
  connectionKind: {
    CASEWORKER: 'Caseworker',
    COLLEAGUE: 'Colleague',
    CONTACT: 'Contact',
    MENTOR: 'Mentor',
    REFERENCE: 'Reference',
  } satisfies Record<ConnectionKind, string>,
  agreementKind: {
    WORK_TRIAL: 'Work trial',
    EMPLOYMENT: 'Employment',
    MENTORSHIP: 'Mentorship',
    INTERNSHIP: 'Internship',
    TRAINING: 'Training',
    PARTNERSHIP: 'Partnership',
  } satisfies Record<AgreementKind, string>,
  agreementStatus: {
    DRAFT: 'Draft',
    PROPOSED: 'Proposed',
    ACTIVE: 'Active',
    COMPLETED: 'Completed',
    TERMINATED: 'Terminated',
  } satisfies Record<AgreementStatus, string>,
  outcome: { HIRED: 'Hired', EXTENDED: 'Extended', EDUCATION: 'Education', ENDED: 'Ended' } satisfies Record<AgreementOutcome, string>,
  partyRole: {
    PARTICIPANT: 'Participant',
    EMPLOYER: 'Employer',
    PUBLIC_PARTNER: 'Public partner',
    COORDINATOR: 'Coordinator',
    MENTOR: 'Mentor',
  } satisfies Record<PartyRole, string>,
  opportunityKind: {
    JOB: 'Job',
    WORK_TRIAL: 'Work trial',
    INTERNSHIP: 'Internship',
    MENTORSHIP: 'Mentorship',
  } satisfies Record<OpportunityKind, string>,
  opportunityStatus: { OPEN: 'Open', FILLED: 'Filled', CLOSED: 'Closed' } satisfies Record<OpportunityStatus, string>,
  /** Where an organisation's record came from. */
  organizationSource: { MANUAL: 'Entered by hand', BRREG: 'Business register', CSV: 'CSV import' },
  yesNo: { true: 'Yes', false: 'No' },
};

/** A vocabulary of the catalogue: `sector`, `orgKind`, … */
export type LabelVocabulary = keyof typeof en;

const nb: typeof en = {
  sector: { BUSINESS: 'Næringsliv', PUBLIC: 'Offentlig sektor', CIVIL: 'Sivilsamfunn' },
  orgKind: {
    COMPANY: 'Bedrift',
    NAV_OFFICE: 'NAV-kontor',
    MUNICIPALITY: 'Kommune',
    COUNTY: 'Fylkeskommune',
    STATE_AGENCY: 'Statlig etat',
    SCHOOL: 'Skole',
    HEALTH_SERVICE: 'Helsetjeneste',
    SOCIAL_ENTERPRISE: 'Sosialt entreprenørskap',
    NGO: 'Frivillig organisasjon',
    OTHER: 'Annet',
  },
  networkKind: {
    BUSINESS_FORUM: 'Næringsforum',
    PROJECT: 'Prosjekt',
    PARTNERSHIP: 'Partnerskap',
    PEER_GROUP: 'Likepersonsgruppe',
    OTHER: 'Annet',
  },
  connectionKind: {
    CASEWORKER: 'Saksbehandler',
    COLLEAGUE: 'Kollega',
    CONTACT: 'Kontakt',
    MENTOR: 'Mentor',
    REFERENCE: 'Referanse',
  },
  agreementKind: {
    WORK_TRIAL: 'Arbeidstrening',
    EMPLOYMENT: 'Ansettelse',
    MENTORSHIP: 'Mentorordning',
    INTERNSHIP: 'Praksisplass',
    TRAINING: 'Opplæring',
    PARTNERSHIP: 'Partnerskap',
  },
  agreementStatus: { DRAFT: 'Utkast', PROPOSED: 'Foreslått', ACTIVE: 'Aktiv', COMPLETED: 'Fullført', TERMINATED: 'Avbrutt' },
  outcome: { HIRED: 'Ansatt', EXTENDED: 'Forlenget', EDUCATION: 'Utdanning', ENDED: 'Avsluttet' },
  partyRole: {
    PARTICIPANT: 'Deltaker',
    EMPLOYER: 'Arbeidsgiver',
    PUBLIC_PARTNER: 'Offentlig partner',
    COORDINATOR: 'Brobygger',
    MENTOR: 'Mentor',
  },
  opportunityKind: { JOB: 'Jobb', WORK_TRIAL: 'Arbeidstrening', INTERNSHIP: 'Praksisplass', MENTORSHIP: 'Mentorordning' },
  opportunityStatus: { OPEN: 'Åpen', FILLED: 'Besatt', CLOSED: 'Lukket' },
  organizationSource: { MANUAL: 'Registrert for hånd', BRREG: 'Enhetsregisteret', CSV: 'CSV-import' },
  yesNo: { true: 'Ja', false: 'Nei' },
};

/**
 * Words for the closed vocabularies a person reads in lists and files, in both languages. The
 * web's i18n takes its words from here and the API's CSV exports and imports use the same, so a
 * list a coordinator downloads says what the screen says and imports again unchanged.
 */
export const VOCABULARY_LABELS: Readonly<Record<LabelLanguage, typeof en>> = { nb, en };

/** The language a request asked for (`lang=en`), nb for anything else. */
export function labelLanguage(value: unknown): LabelLanguage {
  return value === 'en' ? 'en' : 'nb';
}

/** The word for a value in a language, or the value itself when the vocabulary has none for it. */
export function labelOf(language: LabelLanguage, vocabulary: LabelVocabulary, value: string): string {
  return (VOCABULARY_LABELS[language][vocabulary] as Record<string, string>)[value] ?? value;
}

/**
 * The value a cell names, by its code (`PUBLIC`, any case) or its label in either language
 * (`Offentlig sektor`, `public sector`); `undefined` when it names none.
 */
export function valueFromLabel(vocabulary: LabelVocabulary, cell: string): string | undefined {
  const wanted = cell.trim().toLowerCase();
  if (!wanted) return undefined;
  for (const code of Object.keys(en[vocabulary])) {
    if (code.toLowerCase() === wanted) return code;
  }
  for (const language of LABEL_LANGUAGES) {
    const words = VOCABULARY_LABELS[language][vocabulary] as Record<string, string>;
    for (const [code, word] of Object.entries(words)) if (word.toLowerCase() === wanted) return code;
  }
  return undefined;
}
