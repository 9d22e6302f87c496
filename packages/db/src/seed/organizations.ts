import type { OrganizationKind, Sector } from '@brobygger/domain';
import type { NewOrganizationRow } from '../schema/index';
import { slugify } from './contact-details';
import { addDays, randomDay, stamp } from './dates';
import { MUNICIPALITY_WEIGHTS, municipalityByNumber, type Municipality } from './grenland';
import { INDUSTRY_SECTIONS, sectionOfCode, type IndustrySection } from './industries';
import { orgNumberSequence } from './org-numbers';
import type { SeedContext } from './seed-context';
import { seedId } from './seed-ids';

/** An organisation row with what the later generators need to know about it. */
export interface SeedOrganization {
  row: NewOrganizationRow & { id: string; sector: Sector; kind: OrganizationKind };
  /** A stable handle for the hand-written organisations ("krem", "nav-skien"); empty for synthetic ones. */
  key: string;
  municipality: Municipality;
  section: IndustrySection | undefined;
  /** The day it entered the network. */
  since: string;
}

const SECTOR_OF_KIND: Record<OrganizationKind, Sector> = {
  COMPANY: 'BUSINESS',
  NAV_OFFICE: 'PUBLIC',
  MUNICIPALITY: 'PUBLIC',
  COUNTY: 'PUBLIC',
  STATE_AGENCY: 'PUBLIC',
  SCHOOL: 'PUBLIC',
  HEALTH_SERVICE: 'PUBLIC',
  SOCIAL_ENTERPRISE: 'CIVIL',
  NGO: 'CIVIL',
  OTHER: 'CIVIL',
};

/**
 * Real public organisation numbers, used only where they are certain: NAV (Arbeids- og
 * velferdsetaten), KREM (from its founding letter) and Siljan kommune (from its own website).
 * Every other number is generated: valid MOD11, but not a real register entry.
 */
export const REAL_ORG_NUMBERS = {
  nav: '889640782',
  krem: '989483404',
  siljan: '864953042',
} as const;

type Spec = readonly [
  key: string,
  name: string,
  kind: OrganizationKind,
  municipality: string,
  nace: string | null,
  employees: number,
  orgNumber?: string,
];

/** The demo's hand-written Grenland organisations. Company names are invented. */
const CURATED: readonly Spec[] = [
  // Næringsliv
  ['gmv', 'Grenland Mekaniske Verksted AS', 'COMPANY', '4001', '25.620', 85],
  ['heroya-prosess', 'Herøya Prosessteknikk AS', 'COMPANY', '4001', '33.120', 140],
  ['skien-bakeri', 'Skien Bakeri og Konditori AS', 'COMPANY', '4003', '10.711', 22],
  ['telemark-bygg', 'Telemark Bygg og Tømrer AS', 'COMPANY', '4003', '41.200', 46],
  ['porsgrunn-elektro', 'Porsgrunn Elektro AS', 'COMPANY', '4001', '43.210', 31],
  ['bamble-ror', 'Bamble Rør og Varme AS', 'COMPANY', '4012', '43.221', 12],
  ['kragero-baatservice', 'Kragerø Båtservice AS', 'COMPANY', '4014', '33.150', 9],
  ['kragero-fisk', 'Kragerø Fiskemottak AS', 'COMPANY', '4014', '10.200', 18],
  ['notodden-trevare', 'Notodden Trevare AS', 'COMPANY', '4005', '16.230', 27],
  ['notodden-byggevare', 'Notodden Byggevare AS', 'COMPANY', '4005', '47.521', 15],
  ['grenland-logistikk', 'Grenland Logistikk AS', 'COMPANY', '4003', '52.100', 60],
  ['skien-dagligvare', 'Skien Dagligvare AS', 'COMPANY', '4003', '47.111', 38],
  ['siljan-gartneri', 'Siljan Gartneri AS', 'COMPANY', '4010', '01.130', 7],
  ['kafe-brygga', 'Kafé Brygga Porsgrunn AS', 'COMPANY', '4001', '56.101', 14],
  ['telemarksporten-hotell', 'Telemarksporten Hotell AS', 'COMPANY', '4003', '55.101', 52],
  ['grenland-renhold', 'Grenland Renhold AS', 'COMPANY', '4003', '81.210', 70],
  ['drangedal-sag', 'Drangedal Sag og Høvleri AS', 'COMPANY', '4016', '16.100', 24],
  ['nome-maskin', 'Nome Maskin AS', 'COMPANY', '4018', '33.120', 11],
  ['porsgrunn-auto', 'Porsgrunn Auto AS', 'COMPANY', '4001', '45.200', 19],
  ['skien-data', 'Skien Data og IT AS', 'COMPANY', '4003', '62.010', 16],
  ['grenland-regnskap', 'Grenland Regnskap AS', 'COMPANY', '4003', '69.201', 13],
  ['omsorgspartner', 'Omsorgspartner Grenland AS', 'COMPANY', '4012', '88.101', 44],
  ['telemark-gjenvinning', 'Telemark Gjenvinning AS', 'COMPANY', '4001', '38.110', 35],
  ['langesund-havn', 'Langesund Havneterminal AS', 'COMPANY', '4012', '52.220', 21],
  // Offentlig sektor
  [
    'nav',
    'Arbeids- og velferdsetaten (NAV)',
    'STATE_AGENCY',
    '4003',
    null,
    0,
    REAL_ORG_NUMBERS.nav,
  ],
  ['nav-skien', 'NAV Skien', 'NAV_OFFICE', '4003', null, 120],
  ['nav-porsgrunn', 'NAV Porsgrunn', 'NAV_OFFICE', '4001', null, 85],
  ['nav-bamble', 'NAV Bamble', 'NAV_OFFICE', '4012', null, 30],
  ['nav-notodden', 'NAV Notodden', 'NAV_OFFICE', '4005', null, 32],
  ['nav-kragero', 'NAV Kragerø', 'NAV_OFFICE', '4014', null, 24],
  ['nav-nome', 'NAV Nome', 'NAV_OFFICE', '4018', null, 14],
  ['nav-drangedal', 'NAV Drangedal', 'NAV_OFFICE', '4016', null, 8],
  ['nav-siljan', 'NAV Siljan', 'NAV_OFFICE', '4010', null, 5],
  ['kommune-skien', 'Skien kommune', 'MUNICIPALITY', '4003', null, 4200],
  ['kommune-porsgrunn', 'Porsgrunn kommune', 'MUNICIPALITY', '4001', null, 3100],
  ['kommune-bamble', 'Bamble kommune', 'MUNICIPALITY', '4012', null, 1100],
  ['kommune-notodden', 'Notodden kommune', 'MUNICIPALITY', '4005', null, 1000],
  ['kommune-kragero', 'Kragerø kommune', 'MUNICIPALITY', '4014', null, 900],
  ['kommune-nome', 'Nome kommune', 'MUNICIPALITY', '4018', null, 550],
  ['kommune-drangedal', 'Drangedal kommune', 'MUNICIPALITY', '4016', null, 350],
  ['kommune-siljan', 'Siljan kommune', 'MUNICIPALITY', '4010', null, 200, REAL_ORG_NUMBERS.siljan],
  ['fylke', 'Telemark fylkeskommune', 'COUNTY', '4003', null, 2000],
  ['vgs-skien', 'Skien videregående skole', 'SCHOOL', '4003', null, 180],
  ['vgs-porsgrunn', 'Porsgrunn videregående skole', 'SCHOOL', '4001', null, 160],
  ['vgs-kragero', 'Kragerø videregående skole', 'SCHOOL', '4014', null, 70],
  ['usn-porsgrunn', 'Universitetet i Sørøst-Norge, campus Porsgrunn', 'SCHOOL', '4001', null, 450],
  ['sykehuset-telemark', 'Sykehuset Telemark HF', 'HEALTH_SERVICE', '4003', null, 3500],
  ['frisklivssentralen', 'Frisklivssentralen i Skien', 'HEALTH_SERVICE', '4003', null, 6],
  // Sivil sektor
  ['krem', 'KREM', 'SOCIAL_ENTERPRISE', '4003', null, 12, REAL_ORG_NUMBERS.krem],
  ['jobbverkstedet-porsgrunn', 'Jobbverkstedet Porsgrunn SA', 'SOCIAL_ENTERPRISE', '4001', null, 9],
  ['gjenbruk-bamble', 'Gjenbruk og Redesign Bamble SA', 'SOCIAL_ENTERPRISE', '4012', null, 7],
  ['kafe-mestring', 'Kafé Mestring Notodden', 'SOCIAL_ENTERPRISE', '4005', null, 6],
  ['kystverkstedet', 'Kystverkstedet Kragerø', 'SOCIAL_ENTERPRISE', '4014', null, 5],
  ['frivilligsentral-skien', 'Frivilligsentralen i Skien', 'NGO', '4003', null, 3],
  ['frivilligsentral-porsgrunn', 'Frivilligsentralen i Porsgrunn', 'NGO', '4001', null, 2],
  ['mental-helse', 'Mental Helse Grenland', 'NGO', '4003', null, 2],
  ['rode-kors-bamble', 'Bamble Røde Kors', 'NGO', '4012', null, 1],
  ['likeperson-nome', 'Likepersonsforeningen Nome og Drangedal', 'NGO', '4018', null, 1],
];

/** NACE names of the curated companies' codes that are not among the synthetic ones. */
const EXTRA_NACE_NAMES: Record<string, string> = {
  '33.150': 'Reparasjon og vedlikehold av skip og båter',
  '10.200': 'Bearbeiding og konservering av fisk og fiskevarer',
  '16.230': 'Produksjon av monteringsferdige hus og bygningsartikler',
  '52.220': 'Andre tjenester tilknyttet sjøtransport',
};

function naceName(code: string): string {
  for (const section of INDUSTRY_SECTIONS) {
    const found = section.codes.find(([c]) => c === code);
    if (found) return found[1];
  }
  const extra = EXTRA_NACE_NAMES[code];
  if (!extra) throw new Error(`@brobygger/db/seed: no name for NACE code ${code}`);
  return extra;
}

const SYNTHETIC_KINDS: readonly (readonly [OrganizationKind, number])[] = [
  ['COMPANY', 72],
  ['NGO', 8],
  ['SOCIAL_ENTERPRISE', 6],
  ['SCHOOL', 7],
  ['HEALTH_SERVICE', 7],
];

const SE_NAMES = [
  'Jobbverkstedet',
  'Gjenbruksbutikken',
  'Kafé Mestring',
  'Arbeidsfellesskapet',
  'Grønn Vekst',
  'Verkstedet',
];
const NGO_NAMES = [
  'Frivilligsentral',
  'Røde Kors',
  'Turlag',
  'Idrettslag',
  'Pensjonistforening',
  'Likepersonsgruppe',
];

/** The curated Grenland organisations, plus synthetic ones up to `sizes.organizations`. */
export function generateOrganizations(ctx: SeedContext): SeedOrganization[] {
  const { rng, faker } = ctx;
  const nextNumber = orgNumberSequence(Object.values(REAL_ORG_NUMBERS));
  const result: SeedOrganization[] = [];
  const names = new Set<string>();

  const add = (
    key: string,
    name: string,
    kind: OrganizationKind,
    municipality: Municipality,
    nace: string | null,
    employees: number,
    orgNumber: string,
    publiclyOwned = false,
  ): void => {
    const section = nace ? sectionOfCode(nace) : undefined;
    const [postalCode, postalPlace] = rng.pick(municipality.postal);
    // Founding members of the network (KREM, NAV, the municipalities) were there from the start.
    // The hand-written organisations founded the network; synthetic ones joined in its first year.
    const since = key ? ctx.firstDay : randomDay(rng, ctx.firstDay, addDays(ctx.firstDay, 365));
    names.add(name);
    result.push({
      key,
      municipality,
      section,
      since,
      row: {
        id: seedId('organization', result.length + 1),
        name,
        orgNumber,
        sector: SECTOR_OF_KIND[kind],
        kind,
        industryCode: nace,
        industryName: nace ? naceName(nace) : null,
        municipalityNumber: municipality.number,
        municipalityName: municipality.name,
        address:
          key === 'krem' ? 'Snipetorp-gata 31' : `${faker.location.street()} ${rng.int(1, 80)}`,
        postalCode: key === 'krem' ? '3715' : postalCode,
        postalPlace: key === 'krem' ? 'Skien' : postalPlace,
        website:
          key === 'krem' ? 'https://www.krem-norge.no' : `https://${slugify(name)}.example.org`,
        employees: employees > 0 ? employees : null,
        publiclyOwned,
        source: 'MANUAL',
        createdAt: stamp(since),
        updatedAt: stamp(since),
      },
    });
  };

  for (const [key, name, kind, municipality, nace, employees, orgNumber] of CURATED) {
    const muni =
      key === 'nav'
        ? { number: '0301', name: 'Oslo', weight: 0, postal: [['0557', 'Oslo']] as const }
        : municipalityByNumber(municipality);
    add(
      key,
      name,
      kind,
      muni,
      nace,
      employees,
      orgNumber ?? nextNumber(),
      key === 'langesund-havn',
    );
  }

  const unique = (name: string): string => {
    if (!names.has(name)) return name;
    for (let n = 2; ; n++) if (!names.has(`${name} ${n}`)) return `${name} ${n}`;
  };

  while (result.length < ctx.sizes.organizations) {
    const kind = rng.weighted(SYNTHETIC_KINDS);
    const municipality = rng.weighted(MUNICIPALITY_WEIGHTS);
    if (kind === 'COMPANY') {
      const section = rng.pick(INDUSTRY_SECTIONS);
      const [code, , word] = rng.pick(section.codes);
      const name = unique(`${faker.person.lastName()} ${word} AS`);
      add('', name, kind, municipality, code, rng.int(2, 120), nextNumber());
    } else if (kind === 'SOCIAL_ENTERPRISE') {
      add(
        '',
        unique(`${rng.pick(SE_NAMES)} ${municipality.name}`),
        kind,
        municipality,
        null,
        rng.int(3, 15),
        nextNumber(),
      );
    } else if (kind === 'NGO') {
      add(
        '',
        unique(`${municipality.name} ${rng.pick(NGO_NAMES)}`),
        kind,
        municipality,
        null,
        rng.int(0, 4),
        nextNumber(),
      );
    } else if (kind === 'SCHOOL') {
      add(
        '',
        unique(
          `${faker.location.city()} ${rng.pick(['skole', 'ungdomsskole', 'voksenopplæring'])}`,
        ),
        kind,
        municipality,
        null,
        rng.int(15, 90),
        nextNumber(),
      );
    } else {
      add(
        '',
        unique(
          `${faker.location.city()} ${rng.pick(['legesenter', 'helsestasjon', 'rehabiliteringssenter'])}`,
        ),
        kind,
        municipality,
        null,
        rng.int(4, 40),
        nextNumber(),
      );
    }
  }
  return result;
}
