/**
 * NACE (SN2007) sections used by the seed. Participants' wished industries are stored as the
 * section letter ("C", "F", …); organisations carry a full code and name.
 */
export interface IndustrySection {
  letter: string;
  name: string;
  /** What a work place in this section is called in opening titles. */
  area: string;
  talents: readonly string[];
  /** Full NACE codes in this section, for synthetic companies: [code, name, word used in a company name]. */
  codes: readonly (readonly [code: string, name: string, word: string])[];
}

export const INDUSTRY_SECTIONS: readonly IndustrySection[] = [
  {
    letter: 'A',
    name: 'Jordbruk, skogbruk og fiske',
    area: 'gartneri og landbruk',
    talents: ['Gartnerarbeid', 'Dyrestell', 'Hagearbeid', 'Traktorkjøring'],
    codes: [
      ['01.130', 'Dyrking av grønnsaker, meloner, rot- og knollvekster', 'Gartneri'],
      ['02.200', 'Avvirkning', 'Skogsdrift'],
    ],
  },
  {
    letter: 'C',
    name: 'Industri',
    area: 'produksjon',
    talents: ['Sveising', 'Maskinoperatør', 'Montering', 'Kvalitetskontroll', 'Truckkjøring'],
    codes: [
      ['25.620', 'Bearbeiding av metaller', 'Mekaniske'],
      ['10.711', 'Produksjon av brød og ferske konditorvarer', 'Bakeri'],
      ['16.100', 'Saging, høvling og impregnering av tre', 'Sag'],
      ['33.120', 'Reparasjon av maskiner', 'Maskin'],
    ],
  },
  {
    letter: 'E',
    name: 'Vannforsyning, avløps- og renovasjonsvirksomhet',
    area: 'gjenvinning',
    talents: ['Sortering', 'Gjenvinning', 'Sjåfør klasse B', 'Truckkjøring'],
    codes: [['38.110', 'Innsamling av ikke-farlig avfall', 'Gjenvinning']],
  },
  {
    letter: 'F',
    name: 'Bygge- og anleggsvirksomhet',
    area: 'bygg og anlegg',
    talents: ['Tømrerarbeid', 'Maling', 'Elektrikerarbeid', 'Rørlegging', 'Grunnarbeid'],
    codes: [
      ['41.200', 'Oppføring av bygninger', 'Bygg'],
      ['43.210', 'Elektrisk installasjonsarbeid', 'Elektro'],
      ['43.341', 'Malerarbeid', 'Maler'],
      ['43.221', 'VVS-arbeid', 'Rør'],
    ],
  },
  {
    letter: 'G',
    name: 'Varehandel, reparasjon av motorvogner',
    area: 'butikk og handel',
    talents: ['Kundeservice', 'Kassearbeid', 'Varehåndtering', 'Salg', 'Bilmekanikk'],
    codes: [
      [
        '47.111',
        'Butikkhandel med bredt vareutvalg med hovedvekt på nærings- og nytelsesmidler',
        'Dagligvare',
      ],
      ['45.200', 'Vedlikehold og reparasjon av motorvogner', 'Bilverksted'],
      ['47.521', 'Butikkhandel med jernvarer, fargevarer og andre byggevarer', 'Byggevare'],
    ],
  },
  {
    letter: 'H',
    name: 'Transport og lagring',
    area: 'lager og logistikk',
    talents: ['Lagerarbeid', 'Truckkjøring', 'Sjåfør klasse B', 'Logistikkplanlegging'],
    codes: [
      ['52.100', 'Lagring', 'Lager'],
      ['49.410', 'Godstransport på vei', 'Transport'],
    ],
  },
  {
    letter: 'I',
    name: 'Overnattings- og serveringsvirksomhet',
    area: 'kjøkken og servering',
    talents: ['Matlaging', 'Servering', 'Baking', 'Barista', 'Renhold'],
    codes: [
      ['56.101', 'Drift av restauranter og kafeer', 'Kafé'],
      ['55.101', 'Drift av hoteller, pensjonater og moteller med restaurant', 'Hotell'],
    ],
  },
  {
    letter: 'J',
    name: 'Informasjon og kommunikasjon',
    area: 'IT og kommunikasjon',
    talents: ['Programmering', 'IT-brukerstøtte', 'Webdesign', 'Sosiale medier', 'Excel'],
    codes: [
      ['62.010', 'Programmeringstjenester', 'Data'],
      ['58.130', 'Utgivelse av aviser', 'Media'],
    ],
  },
  {
    letter: 'M',
    name: 'Faglig, vitenskapelig og teknisk tjenesteyting',
    area: 'kontor og regnskap',
    talents: ['Regnskap', 'Kontorarbeid', 'Excel', 'Tekstforfatting'],
    codes: [
      ['69.201', 'Regnskap og bokføring', 'Regnskap'],
      ['71.129', 'Annen teknisk konsulentvirksomhet', 'Rådgivning'],
    ],
  },
  {
    letter: 'N',
    name: 'Forretningsmessig tjenesteyting',
    area: 'renhold og drift',
    talents: ['Renhold', 'Vaktmesterarbeid', 'Kontorarbeid', 'Hagearbeid'],
    codes: [
      ['81.210', 'Rengjøring av bygninger', 'Renhold'],
      ['81.300', 'Beplantning av hager og parkanlegg', 'Park'],
    ],
  },
  {
    letter: 'Q',
    name: 'Helse- og sosialtjenester',
    area: 'helse og omsorg',
    talents: ['Omsorgsarbeid', 'Eldreomsorg', 'Aktivitetsledelse', 'Kommunikasjon'],
    codes: [['88.101', 'Hjemmetjenester for eldre og funksjonshemmede', 'Omsorg']],
  },
];

/** Talents anyone may have, whatever the industry. */
export const GENERAL_TALENTS: readonly string[] = [
  'Kommunikasjon',
  'Samarbeid',
  'Organisering',
  'Engelsk',
  'Arabisk',
  'Polsk',
  'Tigrinja',
  'Snekring',
  'Fotografering',
  'Musikk',
  'Tekstforfatting',
  'Sosiale medier',
  'Førerkort klasse B',
];

/** NACE divisions (the code's first two digits) of each section used here. */
const DIVISIONS: readonly (readonly [letter: string, from: number, to: number])[] = [
  ['A', 1, 3],
  ['C', 10, 33],
  ['E', 36, 39],
  ['F', 41, 43],
  ['G', 45, 47],
  ['H', 49, 53],
  ['I', 55, 56],
  ['J', 58, 63],
  ['M', 69, 75],
  ['N', 77, 82],
  ['Q', 86, 88],
];

export function sectionOfCode(code: string): IndustrySection {
  const division = Number(code.slice(0, 2));
  const range = DIVISIONS.find(([, from, to]) => division >= from && division <= to);
  if (!range) throw new Error(`@brobygger/db/seed: no section for NACE code ${code}`);
  return sectionByLetter(range[0]);
}

export function sectionByLetter(letter: string): IndustrySection {
  const found = INDUSTRY_SECTIONS.find((s) => s.letter === letter);
  if (!found) throw new Error(`@brobygger/db/seed: unknown NACE section ${letter}`);
  return found;
}
