import type { OrganizationKind, Sector } from '@brobygger/domain';

/**
 * How a register record maps onto the three sectors and an organisation kind. The rules are
 * documented in the README ("Importing from the business register"); a record whose sector
 * cannot be told is rejected rather than guessed.
 */

export interface SectorVerdict {
  sector: Sector;
  publiclyOwned: boolean;
}

const PUBLIC_SECTOR_CODES = new Set(['6100', '6500']);
const CIVIL_SECTOR_CODES = new Set(['7000']);
const BUSINESS_SECTOR_CODES = new Set(['2100', '2300', '2500', '8200']);
/** State- and municipality-owned companies: business, but publicly owned. */
const PUBLICLY_OWNED_SECTOR_CODES = new Set(['1110', '1120', '1510', '1520']);

/** Organisation forms of the state, counties, municipalities and their enterprises. */
const PUBLIC_FORMS = new Set(['KOMM', 'FYLK', 'STAT', 'ORGL', 'SF', 'KF', 'FKF', 'IKS', 'KIRK']);
const BUSINESS_FORMS = new Set([
  'AS', 'ASA', 'ENK', 'ANS', 'DA', 'NUF', 'SA', 'BA', 'KS', 'SE', 'PRE', 'BBL', 'BRL', 'SPA', 'SAM',
]);
/** Associations and foundations: the non-profit side when the sector code is missing. */
const CIVIL_FORMS = new Set(['FLI', 'STI']);

/** The sector from the institutional sector code, else from the organisation form; null when neither tells. */
export function sectorOf(sectorCode: string | null | undefined, orgForm: string | null | undefined): SectorVerdict | null {
  if (sectorCode) {
    if (PUBLIC_SECTOR_CODES.has(sectorCode)) return { sector: 'PUBLIC', publiclyOwned: false };
    if (CIVIL_SECTOR_CODES.has(sectorCode)) return { sector: 'CIVIL', publiclyOwned: false };
    if (PUBLICLY_OWNED_SECTOR_CODES.has(sectorCode)) return { sector: 'BUSINESS', publiclyOwned: true };
    // 3xxx–5xxx: banks, insurers, funds and other financial corporations.
    if (BUSINESS_SECTOR_CODES.has(sectorCode) || /^[345]\d{3}$/.test(sectorCode)) {
      return { sector: 'BUSINESS', publiclyOwned: false };
    }
  }
  const form = orgForm?.toUpperCase() ?? null;
  if (form && PUBLIC_FORMS.has(form)) return { sector: 'PUBLIC', publiclyOwned: false };
  if (form && CIVIL_FORMS.has(form)) return { sector: 'CIVIL', publiclyOwned: false };
  if (form && BUSINESS_FORMS.has(form)) return { sector: 'BUSINESS', publiclyOwned: false };
  return null;
}

function naceDivision(industryCode: string | null | undefined): number | null {
  const match = industryCode?.match(/^(\d{2})/);
  return match ? Number(match[1]) : null;
}

/**
 * The kind: municipality and county by form, NAV offices by name, schools by NACE 85, health
 * and care by NACE 86–88, non-profits as NGO, the state's other units as STATE_AGENCY, every
 * other business a COMPANY, and the rest OTHER for a coordinator to refine.
 */
export function kindOf(input: {
  name: string;
  orgForm: string | null | undefined;
  industryCode: string | null | undefined;
  sector: Sector;
  sectorCode: string | null | undefined;
}): OrganizationKind {
  const form = input.orgForm?.toUpperCase() ?? null;
  if (form === 'KOMM') return 'MUNICIPALITY';
  if (form === 'FYLK') return 'COUNTY';
  if (input.sector === 'PUBLIC' && /^NAV\b/i.test(input.name)) return 'NAV_OFFICE';
  const division = naceDivision(input.industryCode);
  if (division === 85) return 'SCHOOL';
  if (division !== null && division >= 86 && division <= 88) return 'HEALTH_SERVICE';
  if (input.sector === 'CIVIL') return 'NGO';
  if (input.sector === 'BUSINESS') return 'COMPANY';
  if (input.sectorCode === '6100' || form === 'STAT' || form === 'ORGL' || form === 'SF') return 'STATE_AGENCY';
  return 'OTHER';
}
