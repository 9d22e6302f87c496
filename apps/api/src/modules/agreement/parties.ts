import { eq, inArray } from 'drizzle-orm';
import { schema, type Db } from '@brobygger/db';
import type { AgreementPartyRow } from '@brobygger/db/schema';
import type { PartyRole, Sector } from '@brobygger/domain';
import { notFound } from '../../lib/errors';

/** A party with what the lifecycle rules need: its sector and, for a participant, the person. */
export interface PartyFacts {
  id: string;
  role: PartyRole;
  sector: Sector;
  signedAt: string | null;
  personId: string | null;
  organizationId: string | null;
}

/** Reads an agreement's parties with their sectors, inside the caller's transaction. */
export async function partiesWithSectors(tx: Db, agreementId: string): Promise<PartyFacts[]> {
  const parties = await tx
    .select()
    .from(schema.agreementParties)
    .where(eq(schema.agreementParties.agreementId, agreementId));
  return attachSectors(tx, parties);
}

export async function attachSectors(tx: Db, parties: AgreementPartyRow[]): Promise<PartyFacts[]> {
  const personIds = parties.flatMap((p) => (p.personId ? [p.personId] : []));
  const orgIds = parties.flatMap((p) => (p.organizationId ? [p.organizationId] : []));
  const people = personIds.length
    ? await tx
        .select({ id: schema.people.id, sector: schema.people.sector })
        .from(schema.people)
        .where(inArray(schema.people.id, personIds))
    : [];
  const orgs = orgIds.length
    ? await tx
        .select({ id: schema.organizations.id, sector: schema.organizations.sector })
        .from(schema.organizations)
        .where(inArray(schema.organizations.id, orgIds))
    : [];
  const sectorOf = new Map([...people, ...orgs].map((row) => [row.id, row.sector]));
  return parties.map((p) => ({
    id: p.id,
    role: p.role,
    signedAt: p.signedAt,
    personId: p.personId,
    organizationId: p.organizationId,
    sector: sectorOf.get(p.personId ?? p.organizationId ?? '') ?? 'CIVIL',
  }));
}

/** Checks that every party given by id exists, naming the offending input field. */
export async function assertPartiesExist(
  tx: Db,
  parties: readonly { personId?: string | null; organizationId?: string | null }[],
  fieldPrefix: string,
): Promise<void> {
  for (const [index, party] of parties.entries()) {
    if (party.personId) {
      const [row] = await tx
        .select({ id: schema.people.id })
        .from(schema.people)
        .where(eq(schema.people.id, party.personId));
      if (!row) throw notFound('person', party.personId, `${fieldPrefix}${index}.personId`);
    }
    if (party.organizationId) {
      const [row] = await tx
        .select({ id: schema.organizations.id })
        .from(schema.organizations)
        .where(eq(schema.organizations.id, party.organizationId));
      if (!row) throw notFound('organisation', party.organizationId, `${fieldPrefix}${index}.organizationId`);
    }
  }
}
