import { and, eq, isNull, or } from 'drizzle-orm';
import { schema, type Db } from '@brobygger/db';
import {
  isValidOrgNumber,
  normalizeOrgNumber,
  valueFromLabel,
  type ConnectionKind,
  type LabelVocabulary,
  type Sector,
} from '@brobygger/domain';

/**
 * Further words people write for a sector in a spreadsheet. The app's own labels in both
 * languages ("Offentlig sektor", "Civil society") come from @brobygger/domain's catalogue, so a
 * list exported from the app imports again.
 */
const SECTOR_WORDS: Record<string, Sector> = {
  'næringsliv': 'BUSINESS',
  naeringsliv: 'BUSINESS',
  privat: 'BUSINESS',
  'privat sektor': 'BUSINESS',
  public: 'PUBLIC',
  offentlig: 'PUBLIC',
  civil: 'CIVIL',
  sivil: 'CIVIL',
  sivilsamfunnet: 'CIVIL',
  frivillig: 'CIVIL',
};

/** Further Norwegian words for the kinds of tie, beside the catalogue's labels. */
const CONNECTION_KIND_WORDS: Record<string, ConnectionKind> = {
  veileder: 'CASEWORKER',
};

/** A code from a cell holding the code or a word for it; anything else goes to the validator as typed. */
function codeFromCell(vocabulary: LabelVocabulary, words: Record<string, string>, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return valueFromLabel(vocabulary, value) ?? words[value.trim().toLowerCase()] ?? value.trim().toUpperCase();
}

export function sectorFromCell(value: string | undefined): string | undefined {
  return codeFromCell('sector', SECTOR_WORDS, value);
}

export function connectionKindFromCell(value: string | undefined): string | undefined {
  return codeFromCell('connectionKind', CONNECTION_KIND_WORDS, value);
}

/** An organisation named in a cell: by organisation number when it is one, else by its exact name. */
export async function findOrganizationId(db: Db, cell: string): Promise<string | null> {
  const t = schema.organizations;
  const number = normalizeOrgNumber(cell);
  const where = isValidOrgNumber(number) ? eq(t.orgNumber, number) : eq(t.name, cell.trim());
  const rows = await db.select({ id: t.id }).from(t).where(where).limit(2);
  // Two organisations of the same name: refusing beats guessing.
  return rows.length === 1 ? rows[0]!.id : null;
}

/** A person named in a cell: by id, or by e-mail address; erased people are never matched. */
export async function findPersonId(db: Db, cell: string): Promise<string | null> {
  const t = schema.people;
  const value = cell.trim();
  const rows = await db
    .select({ id: t.id })
    .from(t)
    .where(and(isNull(t.erasedAt), or(eq(t.id, value), eq(t.email, value.toLowerCase()))))
    .limit(2);
  return rows.length === 1 ? rows[0]!.id : null;
}
