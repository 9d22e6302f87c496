/**
 * Words of the agreement pages beyond the basics in en.ts/nb.ts: the draft form with its party
 * list, signing on a party's behalf, completing with a job. Merged under `agreements`.
 * `agreementErrors` words the API's refusals of agreement moves and edits; it is spread into
 * `apiErrors`, where lib/graphql-error.ts looks for `BAD_USER_INPUT_<reason>`.
 */
const en = {
  agreements: {
    sectorPhrase: { BUSINESS: 'business', PUBLIC: 'the public sector', CIVIL: 'civil society' },
    form: {
      terms: 'Terms',
      editDraft: 'Edit draft',
      editTitle: 'Edit the draft',
      editHelp:
        'Change the terms and the parties while the agreement is a draft. Proposing needs parties from at least two sectors.',
      saveDraft: 'Save draft',
      saved: 'The draft was saved',
    },
    parties: {
      legend: 'Parties',
      help: 'Add as many parties as the agreement needs: people or organisations from any sector, each with a role.',
      party: 'Party {{number}}',
      role: 'Role',
      roleFor: 'Role of party {{number}}',
      search: 'Search for a person or an organisation',
      people: 'People',
      organizations: 'Organisations',
      participant: 'participant',
      add: 'Add party',
      remove: 'Remove',
      removeNamed: 'Remove party {{number}} ({{name}})',
      removeUnnamed: 'Remove party {{number}}',
      none: 'No parties yet. Add at least two, from different sectors, before proposing.',
      sectorsNow_one: 'Now from {{count}} sector: {{sectors}}.',
      sectorsNow_other: 'Now from {{count}} sectors: {{sectors}}.',
      signed: 'signed {{date}}',
      signedRoleChange: 'Changing the role removes this signature.',
    },
    sign: {
      title: 'Sign on behalf of the party?',
      body: 'You record that {{name}} signs the agreement “{{title}}”. Do it only when the party has signed or asked you to sign for them. The signature is kept in the audit log with you as the one who recorded it.',
      confirm: 'Sign',
      signed: 'Signed for {{name}}',
      ownTitle: 'Sign for your organisation?',
      ownBody: 'You sign the agreement “{{title}}” for {{name}}. The signature is kept in the audit log with you as the one who signed.',
    },
    complete: {
      employment: 'Full or part time?',
      employmentHelp: 'The participant’s status history records the job as full or part time.',
      FULL_TIME: 'Full time',
      PART_TIME: 'Part time',
      done: 'The agreement was completed',
    },
  },
};

const nb: typeof en = {
  agreements: {
    sectorPhrase: { BUSINESS: 'næringslivet', PUBLIC: 'offentlig sektor', CIVIL: 'sivilsamfunnet' },
    form: {
      terms: 'Vilkår',
      editDraft: 'Rediger utkastet',
      editTitle: 'Rediger utkastet',
      editHelp:
        'Endre vilkårene og partene mens avtalen er et utkast. For å foreslå avtalen trengs parter fra minst to sektorer.',
      saveDraft: 'Lagre utkastet',
      saved: 'Utkastet er lagret',
    },
    parties: {
      legend: 'Parter',
      help: 'Legg til så mange parter som avtalen trenger: personer eller organisasjoner fra hvilken som helst sektor, hver med en rolle.',
      party: 'Part {{number}}',
      role: 'Rolle',
      roleFor: 'Rolle for part {{number}}',
      search: 'Søk etter en person eller en organisasjon',
      people: 'Personer',
      organizations: 'Organisasjoner',
      participant: 'deltaker',
      add: 'Legg til part',
      remove: 'Fjern',
      removeNamed: 'Fjern part {{number}} ({{name}})',
      removeUnnamed: 'Fjern part {{number}}',
      none: 'Ingen parter ennå. Legg til minst to, fra ulike sektorer, før avtalen foreslås.',
      sectorsNow_one: 'Nå fra {{count}} sektor: {{sectors}}.',
      sectorsNow_other: 'Nå fra {{count}} sektorer: {{sectors}}.',
      signed: 'signert {{date}}',
      signedRoleChange: 'Endrer du rollen, faller denne signaturen bort.',
    },
    sign: {
      title: 'Signere på vegne av parten?',
      body: 'Du registrerer at {{name}} signerer avtalen «{{title}}». Gjør det bare når parten har signert eller bedt deg om å signere for seg. Signaturen blir ført i revisjonsloggen med deg som den som registrerte den.',
      confirm: 'Signer',
      signed: 'Signert for {{name}}',
      ownTitle: 'Signere for organisasjonen din?',
      ownBody: 'Du signerer avtalen «{{title}}» for {{name}}. Signaturen blir ført i revisjonsloggen med deg som den som signerte.',
    },
    complete: {
      employment: 'Heltid eller deltid?',
      employmentHelp: 'Deltakerens statushistorikk fører jobben som heltid eller deltid.',
      FULL_TIME: 'Heltid',
      PART_TIME: 'Deltid',
      done: 'Avtalen er fullført',
    },
  },
};

export const agreements = { en, nb };

const errorsEn = {
  BAD_USER_INPUT_AGREEMENT_CLOSED: 'This agreement has ended and can no longer be changed.',
  BAD_USER_INPUT_AGREEMENT_ALREADY_PROPOSED:
    'This agreement has already been proposed; only a draft can be proposed.',
  BAD_USER_INPUT_AGREEMENT_SIGN_AFTER_ACTIVE:
    'This agreement is already active; the parties sign before it is activated.',
  BAD_USER_INPUT_AGREEMENT_NOT_PROPOSED:
    'The agreement must be proposed before it can be activated.',
  BAD_USER_INPUT_AGREEMENT_ALREADY_ACTIVE: 'This agreement is already active.',
  BAD_USER_INPUT_AGREEMENT_NOT_ACTIVE: 'Only an active agreement can be completed.',
  BAD_USER_INPUT_AGREEMENT_NO_PARTIES:
    'The agreement has no parties yet. Add parties from at least two sectors.',
  BAD_USER_INPUT_AGREEMENT_ONE_SECTOR:
    'The parties must come from at least two sectors; now all are from $t(agreements.sectorPhrase.{{sector}}). Add a party from another sector.',
  BAD_USER_INPUT_AGREEMENT_TOO_FEW_PARTIES:
    'An agreement needs at least two parties to be activated; this one has {{count}}.',
  BAD_USER_INPUT_AGREEMENT_UNSIGNED:
    'Every party must sign before the agreement is activated; {{signed}} of {{total}} have.',
  BAD_USER_INPUT_AGREEMENT_PARTY_REQUIRED: 'Choose which party is signing.',
  BAD_USER_INPUT_AGREEMENT_UNKNOWN_PARTY: 'That party is not part of this agreement.',
  BAD_USER_INPUT_AGREEMENT_ALREADY_SIGNED: 'This party already signed on {{date}}.',
  BAD_USER_INPUT_AGREEMENT_NO_PARTIES_TO_SIGN: 'The agreement has no parties to sign yet.',
  BAD_USER_INPUT_AGREEMENT_ALL_SIGNED: 'Every party has signed.',
  BAD_USER_INPUT_AGREEMENT_OUTCOME_REQUIRED: 'Choose an outcome to complete the agreement.',
  BAD_USER_INPUT_AGREEMENT_OUTCOME_INVALID: 'Choose an outcome from the list.',
  BAD_USER_INPUT_AGREEMENT_EMPLOYMENT_INVALID: 'Choose full time or part time.',
  BAD_USER_INPUT_AGREEMENT_EMPLOYMENT_NOT_A_JOB:
    'Full or part time applies only when the participant is hired after an employment or a work trial.',
  BAD_USER_INPUT_AGREEMENT_EMPLOYMENT_REQUIRED:
    'Say whether the job is full or part time; the hours are not known.',
  BAD_USER_INPUT_AGREEMENT_REASON_REQUIRED: 'Give a reason for terminating the agreement.',
  BAD_USER_INPUT_AGREEMENT_REASON_TOO_LONG: 'The reason can be at most {{max}} characters.',
  BAD_USER_INPUT_AGREEMENT_END_BEFORE_START:
    'The end date ({{endDate}}) is before the start date ({{startDate}}). Correct the dates first.',
  BAD_USER_INPUT_AGREEMENT_NOT_STARTED:
    'The agreement cannot be completed before it starts. It starts on {{startDate}}.',
  BAD_USER_INPUT_AGREEMENT_ENDED:
    'The end date ({{endDate}}) has passed. Move it before the agreement is proposed or activated.',
  BAD_USER_INPUT_AGREEMENT_NOT_DRAFT: 'Parties can be changed only while the agreement is a draft.',
  BAD_USER_INPUT_AGREEMENT_TERMS_LOCKED:
    'The terms can be changed only before the agreement is active.',
  BAD_USER_INPUT_AGREEMENT_PARTY_TWICE: 'This party is already on the agreement.',
};

const errorsNb: typeof errorsEn = {
  BAD_USER_INPUT_AGREEMENT_CLOSED: 'Avtalen er avsluttet og kan ikke endres lenger.',
  BAD_USER_INPUT_AGREEMENT_ALREADY_PROPOSED:
    'Avtalen er allerede foreslått; bare et utkast kan foreslås.',
  BAD_USER_INPUT_AGREEMENT_SIGN_AFTER_ACTIVE:
    'Avtalen er allerede aktiv; partene signerer før den aktiveres.',
  BAD_USER_INPUT_AGREEMENT_NOT_PROPOSED: 'Avtalen må foreslås før den kan aktiveres.',
  BAD_USER_INPUT_AGREEMENT_ALREADY_ACTIVE: 'Avtalen er allerede aktiv.',
  BAD_USER_INPUT_AGREEMENT_NOT_ACTIVE: 'Bare en aktiv avtale kan fullføres.',
  BAD_USER_INPUT_AGREEMENT_NO_PARTIES:
    'Avtalen har ingen parter ennå. Legg til parter fra minst to sektorer.',
  BAD_USER_INPUT_AGREEMENT_ONE_SECTOR:
    'Partene må komme fra minst to sektorer; nå er alle fra $t(agreements.sectorPhrase.{{sector}}). Legg til en part fra en annen sektor.',
  BAD_USER_INPUT_AGREEMENT_TOO_FEW_PARTIES:
    'En avtale trenger minst to parter for å aktiveres; denne har {{count}}.',
  BAD_USER_INPUT_AGREEMENT_UNSIGNED:
    'Alle partene må signere før avtalen aktiveres; {{signed}} av {{total}} har signert.',
  BAD_USER_INPUT_AGREEMENT_PARTY_REQUIRED: 'Velg hvilken part som signerer.',
  BAD_USER_INPUT_AGREEMENT_UNKNOWN_PARTY: 'Den parten er ikke med i avtalen.',
  BAD_USER_INPUT_AGREEMENT_ALREADY_SIGNED: 'Parten signerte allerede {{date}}.',
  BAD_USER_INPUT_AGREEMENT_NO_PARTIES_TO_SIGN: 'Avtalen har ingen parter som kan signere ennå.',
  BAD_USER_INPUT_AGREEMENT_ALL_SIGNED: 'Alle partene har signert.',
  BAD_USER_INPUT_AGREEMENT_OUTCOME_REQUIRED: 'Velg et resultat for å fullføre avtalen.',
  BAD_USER_INPUT_AGREEMENT_OUTCOME_INVALID: 'Velg et resultat fra listen.',
  BAD_USER_INPUT_AGREEMENT_EMPLOYMENT_INVALID: 'Velg heltid eller deltid.',
  BAD_USER_INPUT_AGREEMENT_EMPLOYMENT_NOT_A_JOB:
    'Heltid eller deltid gjelder bare når deltakeren blir ansatt etter en ansettelse eller en arbeidstrening.',
  BAD_USER_INPUT_AGREEMENT_EMPLOYMENT_REQUIRED:
    'Velg om jobben er heltid eller deltid; timetallet er ikke kjent.',
  BAD_USER_INPUT_AGREEMENT_REASON_REQUIRED: 'Skriv en begrunnelse for å avbryte avtalen.',
  BAD_USER_INPUT_AGREEMENT_REASON_TOO_LONG: 'Begrunnelsen kan være høyst {{max}} tegn.',
  BAD_USER_INPUT_AGREEMENT_END_BEFORE_START:
    'Sluttdatoen ({{endDate}}) er før startdatoen ({{startDate}}). Rett datoene først.',
  BAD_USER_INPUT_AGREEMENT_NOT_STARTED:
    'Avtalen kan ikke fullføres før den har startet. Den starter {{startDate}}.',
  BAD_USER_INPUT_AGREEMENT_ENDED:
    'Sluttdatoen ({{endDate}}) er passert. Flytt den før avtalen foreslås eller aktiveres.',
  BAD_USER_INPUT_AGREEMENT_NOT_DRAFT: 'Partene kan bare endres mens avtalen er et utkast.',
  BAD_USER_INPUT_AGREEMENT_TERMS_LOCKED: 'Vilkårene kan bare endres før avtalen er aktiv.',
  BAD_USER_INPUT_AGREEMENT_PARTY_TWICE: 'Denne parten er allerede med i avtalen.',
};

export const agreementErrors = { en: errorsEn, nb: errorsNb };
