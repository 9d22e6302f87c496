import type { PartyRole, Sector } from '@brobygger/domain';

/** A person or an organisation picked as a party, with what the form shows of it. */
export interface PartyRef {
  kind: 'person' | 'organization';
  id: string;
  name: string;
  sector: Sector;
  isParticipant?: boolean;
}

/** One row of the draft form's party list; `key` is local, so React keeps rows apart while editing. */
export interface PartyRow {
  key: string;
  party: PartyRef | null;
  role: PartyRole | null;
  /** The signature and role the party had when the form opened (a role change drops the signature). */
  signedAt?: string | null;
  savedRole?: PartyRole | null;
}

let counter = 0;

/** An empty row, ready for a party and a role. */
export function emptyRow(party: PartyRef | null = null): PartyRow {
  counter += 1;
  return { key: `row-${counter}`, party, role: party ? suggestedRole(party) : null };
}

/**
 * The role a newly picked party most likely has, so the common cases need one choice:
 * a participant, an employer, a public partner; a civil organisation or person is usually the
 * coordinating social enterprise, a person from business usually a mentor.
 */
export function suggestedRole(party: PartyRef): PartyRole {
  if (party.isParticipant) return 'PARTICIPANT';
  if (party.sector === 'PUBLIC') return 'PUBLIC_PARTNER';
  if (party.sector === 'BUSINESS') return party.kind === 'organization' ? 'EMPLOYER' : 'MENTOR';
  return 'COORDINATOR';
}

/** Puts a picked party in a row; a role the user already chose stays. */
export function withParty(row: PartyRow, party: PartyRef | null): PartyRow {
  return { ...row, party, role: row.role ?? (party ? suggestedRole(party) : null) };
}

/** The rows as the API's `AgreementPartyInput` list, in order, so errors `parties.N.*` point at row N. */
export function toPartyInputs(
  rows: readonly PartyRow[],
): { personId: string | null; organizationId: string | null; role: PartyRole | null }[] {
  return rows.map((row) => ({
    personId: row.party?.kind === 'person' ? row.party.id : null,
    organizationId: row.party?.kind === 'organization' ? row.party.id : null,
    role: row.role,
  }));
}

/** The distinct sectors of the rows' parties, in the model's order. */
export function sectorsOfRows(rows: readonly PartyRow[]): Sector[] {
  const present = new Set(rows.flatMap((row) => (row.party ? [row.party.sector] : [])));
  return (['BUSINESS', 'PUBLIC', 'CIVIL'] as const).filter((sector) => present.has(sector));
}

/** The error to show on row `index`'s picker: about the person, the organisation, or the row. */
export function pickerError(
  errors: Readonly<Record<string, unknown>>,
  index: number,
): string | undefined {
  const found = [`parties.${index}.personId`, `parties.${index}.organizationId`, `parties.${index}`]
    .map((key) => errors[key])
    .find(Boolean);
  return typeof found === 'string' ? found : undefined;
}

/** The party as the picker's option value: `person:<id>` or `organization:<id>`. */
export function refValue(party: Pick<PartyRef, 'kind' | 'id'>): string {
  return `${party.kind}:${party.id}`;
}
