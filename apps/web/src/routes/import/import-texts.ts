import i18next from 'i18next';

/** The import page's words, registered by the page itself so the shared translation files stay untouched. */
const texts = {
  nb: {
    importPage: {
      nav: 'Import og eksport',
      title: 'Import og eksport',
      tabs: { brreg: 'Enhetsregisteret', people: 'Personer', connections: 'Relasjoner', export: 'Eksport' },
      brregIntro:
        'Last opp Enhetsregisterets totalfil over enheter (CSV eller JSON, gjerne gzip). Velg kommuner; prøv først, importer så.',
      file: 'Fil',
      kommune: 'Kommunenummer',
      kommuneHint: 'Ett eller flere, skilt med komma, f.eks. 4003, 4001',
      orgnr: 'Bare disse organisasjonsnumrene',
      orgnrHint: 'Valgfritt: ett per linje',
      dryRun: 'Prøv (skriver ingenting)',
      run: 'Importer',
      uploading: 'Laster opp …',
      importing: 'Leser {{rows}} rader …',
      mappingIntro: 'Velg hvilken kolonne i filen som fyller hvert felt.',
      column: 'Kolonne',
      noColumn: '(ingen)',
      fields: {
        name: 'Navn', sector: 'Sektor', email: 'E-post', phone: 'Telefon', title: 'Stilling',
        organization: 'Organisasjon (org.nr. eller navn)', since: 'Siden', personA: 'Person A (e-post eller id)',
        personB: 'Person B (e-post eller id)', kind: 'Type', strength: 'Styrke (1–3)', until: 'Til', note: 'Notat',
      },
      report: {
        dryRunDone: 'Prøvekjøring: ingenting er skrevet.',
        done: 'Importen er fullført.',
        rowsRead: 'Rader lest', filteredOut: 'Utenfor filteret', created: 'Nye', updated: 'Oppdatert',
        unchanged: 'Uendret', kept: 'Beholdt (endret for hånd)', skipped: 'Hoppet over (konkurs/avvikling)',
        rejected: 'Avvist', line: 'Linje', key: 'Nøkkel', reason: 'Grunn', fields: 'Felt som avviker',
        truncated: 'Listene viser bare de første radene.',
      },
      exportIntro: 'Last ned en liste som CSV (UTF-8 med BOM, åpnes riktig i regneark).',
      lists: {
        organizations: 'Organisasjoner', people: 'Personer', networks: 'Nettverk', connections: 'Relasjoner',
        agreements: 'Avtaler', opportunities: 'Muligheter',
      },
    },
  },
  en: {
    importPage: {
      nav: 'Import and export',
      title: 'Import and export',
      tabs: { brreg: 'Business register', people: 'People', connections: 'Connections', export: 'Export' },
      brregIntro:
        "Upload the business register's bulk file of enheter (CSV or JSON, gzipped or not). Choose municipalities; try first, then import.",
      file: 'File',
      kommune: 'Municipality numbers',
      kommuneHint: 'One or more, separated by commas, e.g. 4003, 4001',
      orgnr: 'Only these organisation numbers',
      orgnrHint: 'Optional: one a line',
      dryRun: 'Try (writes nothing)',
      run: 'Import',
      uploading: 'Uploading …',
      importing: 'Reading {{rows}} rows …',
      mappingIntro: 'Choose which column of the file fills each field.',
      column: 'Column',
      noColumn: '(none)',
      fields: {
        name: 'Name', sector: 'Sector', email: 'Email', phone: 'Phone', title: 'Title',
        organization: 'Organisation (org. number or name)', since: 'Since', personA: 'Person A (email or id)',
        personB: 'Person B (email or id)', kind: 'Kind', strength: 'Strength (1–3)', until: 'Until', note: 'Note',
      },
      report: {
        dryRunDone: 'Dry run: nothing was written.',
        done: 'The import is done.',
        rowsRead: 'Rows read', filteredOut: 'Outside the filter', created: 'Created', updated: 'Updated',
        unchanged: 'Unchanged', kept: 'Kept (edited by hand)', skipped: 'Skipped (bankrupt/dissolving)',
        rejected: 'Rejected', line: 'Line', key: 'Key', reason: 'Reason', fields: 'Fields that differ',
        truncated: 'The lists show only the first rows.',
      },
      exportIntro: 'Download a list as CSV (UTF-8 with a BOM, so spreadsheets show æøå).',
      lists: {
        organizations: 'Organisations', people: 'People', networks: 'Networks', connections: 'Connections',
        agreements: 'Agreements', opportunities: 'Openings',
      },
    },
  },
};

function register(): void {
  i18next.addResourceBundle('nb', 'translation', texts.nb, true, false);
  i18next.addResourceBundle('en', 'translation', texts.en, true, false);
}

if (i18next.isInitialized) register();
else i18next.on('initialized', register);
