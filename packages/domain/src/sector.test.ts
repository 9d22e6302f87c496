import { describe, expect, it } from 'vitest';
import { ORGANIZATION_KINDS, type Sector } from './enums';
import {
  defaultSectorForKind,
  distinctSectorCount,
  isCrossSector,
  isThreeSector,
  sectorsOf,
} from './sector';

describe('defaultSectorForKind', () => {
  it.each([
    ['COMPANY', 'BUSINESS'],
    ['NAV_OFFICE', 'PUBLIC'],
    ['MUNICIPALITY', 'PUBLIC'],
    ['COUNTY', 'PUBLIC'],
    ['STATE_AGENCY', 'PUBLIC'],
    ['SCHOOL', 'PUBLIC'],
    ['HEALTH_SERVICE', 'PUBLIC'],
    ['SOCIAL_ENTERPRISE', 'CIVIL'],
    ['NGO', 'CIVIL'],
    ['OTHER', null],
  ] as const)('%s is usually %s', (kind, sector) => {
    expect(defaultSectorForKind(kind)).toBe(sector);
  });

  it('has an answer for every organisation kind', () => {
    for (const kind of ORGANIZATION_KINDS) expect(defaultSectorForKind(kind)).not.toBeUndefined();
  });
});

describe('isCrossSector', () => {
  it('is true between different sectors and false within one', () => {
    expect(isCrossSector('BUSINESS', 'PUBLIC')).toBe(true);
    expect(isCrossSector('CIVIL', 'BUSINESS')).toBe(true);
    expect(isCrossSector('PUBLIC', 'PUBLIC')).toBe(false);
  });
});

describe('sectorsOf', () => {
  it('lists each sector once, in canonical order', () => {
    const parties: { sector: Sector }[] = [
      { sector: 'CIVIL' },
      { sector: 'BUSINESS' },
      { sector: 'CIVIL' },
    ];
    expect(sectorsOf(parties)).toEqual(['BUSINESS', 'CIVIL']);
  });

  it('is empty for no parties', () => {
    expect(sectorsOf([])).toEqual([]);
  });
});

describe('distinctSectorCount and isThreeSector', () => {
  it('counts duplicates once', () => {
    expect(distinctSectorCount(['PUBLIC', 'PUBLIC', 'CIVIL'])).toBe(2);
    expect(distinctSectorCount([])).toBe(0);
  });

  it('recognises a three-sector agreement only when all three sectors take part', () => {
    expect(isThreeSector(['BUSINESS', 'PUBLIC', 'CIVIL'])).toBe(true);
    expect(isThreeSector(sectorsOf([{ sector: 'CIVIL' }, { sector: 'PUBLIC' }, { sector: 'BUSINESS' }, { sector: 'CIVIL' }]))).toBe(true);
    expect(isThreeSector(['BUSINESS', 'PUBLIC', 'PUBLIC'])).toBe(false);
  });
});
