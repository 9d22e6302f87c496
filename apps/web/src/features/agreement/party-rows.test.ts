import { describe, expect, it } from 'vitest';
import {
  emptyRow,
  pickerError,
  sectorsOfRows,
  suggestedRole,
  toPartyInputs,
  withParty,
  type PartyRef,
} from './party-rows';

const kari: PartyRef = {
  kind: 'person',
  id: 'per_kari',
  name: 'Kari',
  sector: 'CIVIL',
  isParticipant: true,
};
const per: PartyRef = { kind: 'person', id: 'per_per', name: 'Per', sector: 'CIVIL' };
const bygg: PartyRef = {
  kind: 'organization',
  id: 'org_bygg',
  name: 'Bygg AS',
  sector: 'BUSINESS',
};
const nav: PartyRef = { kind: 'organization', id: 'org_nav', name: 'NAV Skien', sector: 'PUBLIC' };
const mentor: PartyRef = { ...per, sector: 'BUSINESS' };

describe('suggestedRole', () => {
  it.each([
    [kari, 'PARTICIPANT'],
    [per, 'COORDINATOR'],
    [bygg, 'EMPLOYER'],
    [nav, 'PUBLIC_PARTNER'],
    [mentor, 'MENTOR'],
  ])('suggests a role for %o', (party, role) => {
    expect(suggestedRole(party)).toBe(role);
  });
});

describe('withParty', () => {
  it('fills in the suggested role, but keeps one the user chose', () => {
    expect(withParty(emptyRow(), bygg).role).toBe('EMPLOYER');
    expect(withParty({ ...emptyRow(), role: 'MENTOR' }, bygg).role).toBe('MENTOR');
  });
});

describe('toPartyInputs', () => {
  it('keeps the order and leaves an unpicked row empty for the validator to point at', () => {
    const rows = [emptyRow(kari), emptyRow(), emptyRow(bygg)];
    expect(toPartyInputs(rows)).toEqual([
      { personId: 'per_kari', organizationId: null, role: 'PARTICIPANT' },
      { personId: null, organizationId: null, role: null },
      { personId: null, organizationId: 'org_bygg', role: 'EMPLOYER' },
    ]);
  });

  it('gives every new row its own key', () => {
    expect(emptyRow().key).not.toBe(emptyRow().key);
  });
});

describe('sectorsOfRows', () => {
  it('lists each sector once, in the model’s order', () => {
    expect(sectorsOfRows([emptyRow(kari), emptyRow(per)])).toEqual(['CIVIL']);
    expect(sectorsOfRows([emptyRow(kari), emptyRow(nav), emptyRow(), emptyRow(bygg)])).toEqual([
      'BUSINESS',
      'PUBLIC',
      'CIVIL',
    ]);
  });
});

describe('pickerError', () => {
  it('finds the error about the row’s person or organisation', () => {
    expect(pickerError({ 'parties.1.organizationId': 'Finnes ikke' }, 1)).toBe('Finnes ikke');
    expect(pickerError({ 'parties.1.personId': 'Velg en person' }, 1)).toBe('Velg en person');
    expect(pickerError({ 'parties.1.personId': 'Velg en person' }, 0)).toBeUndefined();
  });
});
