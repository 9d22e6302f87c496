import { describe, expect, it } from 'vitest';
import { placeNameCase } from './place-name';

describe('placeNameCase', () => {
  it("writes the register's capitals as people write place names", () => {
    expect(placeNameCase('SKIEN')).toBe('Skien');
    expect(placeNameCase('NORD-AURDAL')).toBe('Nord-Aurdal');
    expect(placeNameCase('NES I AKERSHUS')).toBe('Nes i Akershus');
    expect(placeNameCase('SANDE OG SVELVIK')).toBe('Sande og Svelvik');
    expect(placeNameCase('ØVRE EIKER')).toBe('Øvre Eiker');
  });

  it('leaves a name that already has small letters as typed', () => {
    expect(placeNameCase('Porsgrunn')).toBe('Porsgrunn');
    expect(placeNameCase('Bø i Telemark')).toBe('Bø i Telemark');
  });
});
