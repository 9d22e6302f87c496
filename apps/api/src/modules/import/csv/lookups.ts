import { and, eq, isNull, or } from 'drizzle-orm';
import { schema, type Db } from '@brobygger/db';
import { isValidOrgNumber, normalizeOrgNumber, type Sector } from '@brobygger/domain';

/** Words people write for a sector in a spreadsheet, in both languages; anything else goes to the validator as typed. */
const SECTOR_WORDS: Record<string, Sector> = {
  business: 'BUSINESS',
  'næringsliv': 'BUSINESS',
  naeringsliv: 'BUSINESS',
  privat: 'BUSINESS',
  public: 'PUBLIC',
  offentlig: 'PUBLIC',
  civil: 'CIVIL',
  sivil: 'CIVIL',
  sivilsamfunn: 'CIVIL',
  frivillig: 'CIVIL',
};

export function sectorFromCell(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return SECTOR_WORDS[value.trim().toLowerCase()] ?? value.trim().toUpperCase();
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
