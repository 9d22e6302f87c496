import type { AgreementKind } from '@brobygger/domain';

/** Norwegian titles, goals and termination reasons for collaboration agreements. */

export const AGREEMENT_TITLES: Readonly<Record<AgreementKind, string>> = {
  WORK_TRIAL: 'Arbeidstrening hos',
  EMPLOYMENT: 'Ansettelse med oppfølging hos',
  MENTORSHIP: 'Mentoravtale med',
  INTERNSHIP: 'Praksisplass hos',
  TRAINING: 'Opplæring ved',
  PARTNERSHIP: 'Partnerskap:',
};

export const AGREEMENT_GOALS: Readonly<Record<AgreementKind, readonly string[]>> = {
  WORK_TRIAL: [
    'Prøve ut arbeidsoppgaver og bygge opp arbeidstiden gradvis.',
    'Finne ut om bransjen passer, med tett oppfølging av brobygger.',
    'Trene på faste arbeidstider og samarbeid med kolleger, med sikte på ansettelse.',
  ],
  EMPLOYMENT: [
    'Fast ansettelse med tilrettelegging det første halvåret.',
    'Deltidsstilling som økes når helsa tillater det.',
  ],
  MENTORSHIP: [
    'Månedlige samtaler om veien inn i bransjen.',
    'Mentor deler nettverk og gir råd om fagbrev.',
  ],
  INTERNSHIP: [
    'Praksis som del av utdanningsløpet, med veileder på arbeidsplassen.',
    'Praksisplass for å få arbeidserfaring og en referanse.',
  ],
  TRAINING: [
    'Kurs og opplæring som gir formell kompetanse.',
    'Fullføre fag som mangler for å kunne ta fagbrev.',
  ],
  PARTNERSHIP: [
    'Samarbeid om arbeidstreningsplasser og felles oppfølging av deltakere.',
    'Felles prosjekt for å skape nye arbeidsplasser gjennom sosialt entreprenørskap.',
  ],
};

export const TERMINATION_REASONS: readonly string[] = [
  'Deltakeren ble syk og måtte avbryte.',
  'Arbeidsgiver la ned avdelingen.',
  'Deltakeren fikk annen jobb.',
  'Arbeidsgiver kunne ikke gi den oppfølgingen som var avtalt.',
  'Deltakeren flyttet fra kommunen.',
  'Avtalen ble erstattet av en ny avtale.',
  'Partene ble enige om at bransjen ikke passet.',
];
