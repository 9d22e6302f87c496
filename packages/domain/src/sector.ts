import { SECTORS, type OrganizationKind, type Sector } from './enums';

/**
 * The sector an organisation of each kind usually belongs to; `null` for OTHER, where the
 * coordinator must choose. Only a default for forms and imports: the organisation's own
 * `sector` wins (a publicly owned company is still BUSINESS).
 */
export const DEFAULT_SECTOR_BY_KIND: Readonly<Record<OrganizationKind, Sector | null>> = {
  COMPANY: 'BUSINESS',
  NAV_OFFICE: 'PUBLIC',
  MUNICIPALITY: 'PUBLIC',
  COUNTY: 'PUBLIC',
  STATE_AGENCY: 'PUBLIC',
  SCHOOL: 'PUBLIC',
  HEALTH_SERVICE: 'PUBLIC',
  SOCIAL_ENTERPRISE: 'CIVIL',
  NGO: 'CIVIL',
  OTHER: null,
};

/** The usual sector for an organisation kind, or `null` when there is none (OTHER). */
export function defaultSectorForKind(kind: OrganizationKind): Sector | null {
  return DEFAULT_SECTOR_BY_KIND[kind];
}

/** True when a tie between these two sectors crosses a sector boundary. */
export function isCrossSector(a: Sector, b: Sector): boolean {
  return a !== b;
}

/** The distinct sectors of some parties (or nodes), in the canonical order BUSINESS, PUBLIC, CIVIL. */
export function sectorsOf(parties: Iterable<{ readonly sector: Sector }>): Sector[] {
  const seen = new Set<Sector>();
  for (const party of parties) seen.add(party.sector);
  return SECTORS.filter((sector) => seen.has(sector));
}

/** How many different sectors appear among `sectors` (duplicates count once). */
export function distinctSectorCount(sectors: Iterable<Sector>): number {
  return new Set(sectors).size;
}

/** True when all three sectors appear: the bridge-builder model's hallmark agreement. */
export function isThreeSector(sectors: Iterable<Sector>): boolean {
  return distinctSectorCount(sectors) === SECTORS.length;
}
