import { and, eq } from 'drizzle-orm';
import { newId, schema, type Db } from '@brobygger/db';
import type { AgreementRow } from '@brobygger/db/schema';
import {
  agreementPartySchema,
  updateAgreementPartySchema,
  type AgreementPartyInput,
} from '@brobygger/domain';
import type { GraphQLContext } from '../../context';
import { audit } from '../../lib/audit';
import { badInput, notFound } from '../../lib/errors';
import { validate } from '../../lib/validate';
import { requireRole } from '../../authorization/acting-viewer';
import { COORDINATOR } from '../../authorization/permissions';
import { assertDraft, loadForChange } from './editable';
import { assertPartiesExist } from './parties';

/**
 * The parties of a draft: one at a time (add, remove, change a role) or the whole list at once,
 * as the draft form saves it. Each runs in one transaction and bumps the agreement's updatedAt.
 */

const t = schema.agreements;
const p = schema.agreementParties;

function partyKey(party: { personId?: string | null; organizationId?: string | null }): string {
  return party.personId ? `person:${party.personId}` : `organization:${party.organizationId ?? ''}`;
}

async function touch(tx: Db, ctx: GraphQLContext, id: string): Promise<AgreementRow> {
  const [row] = await tx
    .update(t)
    .set({ updatedAt: ctx.now().toISOString() })
    .where(eq(t.id, id))
    .returning();
  return row!;
}

export async function addAgreementParty(ctx: GraphQLContext, agreementId: string, input: unknown) {
  requireRole(ctx, COORDINATOR, 'addAgreementParty');
  const party = validate(agreementPartySchema, input);
  return ctx.handle.transaction(async (tx) => {
    const existing = await loadForChange(tx, agreementId);
    assertDraft(existing, 'Parties can be added');
    await assertPartiesExist(tx, [party], '');
    const duplicate = await tx
      .select({ id: p.id })
      .from(p)
      .where(
        and(
          eq(p.agreementId, agreementId),
          party.personId
            ? eq(p.personId, party.personId)
            : eq(p.organizationId, party.organizationId ?? ''),
        ),
      );
    if (duplicate.length) {
      throw badInput(
        party.personId ? 'personId' : 'organizationId',
        'This party is already on the agreement.',
        {
          reason: 'AGREEMENT_PARTY_TWICE',
        },
      );
    }
    await tx.insert(p).values({
      id: newId('agreementParty'),
      agreementId,
      personId: party.personId ?? null,
      organizationId: party.organizationId ?? null,
      role: party.role,
    });
    await audit(tx, ctx, { action: 'add-party', entityType: 'Agreement', entityId: agreementId });
    return touch(tx, ctx, agreementId);
  });
}

export async function removeAgreementParty(ctx: GraphQLContext, partyId: string) {
  requireRole(ctx, COORDINATOR, 'removeAgreementParty');
  return ctx.handle.transaction(async (tx) => {
    const [party] = await tx.select().from(p).where(eq(p.id, partyId));
    if (!party) throw notFound('agreement party', partyId, 'partyId');
    const existing = await loadForChange(tx, party.agreementId);
    assertDraft(existing, 'Parties can be removed');
    await tx.delete(p).where(eq(p.id, partyId));
    await audit(tx, ctx, {
      action: 'remove-party',
      entityType: 'Agreement',
      entityId: existing.id,
    });
    return touch(tx, ctx, existing.id);
  });
}

export async function updateAgreementParty(ctx: GraphQLContext, partyId: string, input: unknown) {
  requireRole(ctx, COORDINATOR, 'updateAgreementParty');
  const { role } = validate(updateAgreementPartySchema, input);
  return ctx.handle.transaction(async (tx) => {
    const [party] = await tx.select().from(p).where(eq(p.id, partyId));
    if (!party) throw notFound('agreement party', partyId, 'partyId');
    const existing = await loadForChange(tx, party.agreementId);
    assertDraft(existing, 'Roles can be changed');
    if (party.role !== role) {
      // A signature was given in another role: the party signs again in the new one.
      await tx.update(p).set({ role, signedAt: null }).where(eq(p.id, partyId));
      await audit(tx, ctx, {
        action: 'update-party',
        entityType: 'Agreement',
        entityId: existing.id,
        detail: { partyId, role },
      });
    }
    return touch(tx, ctx, existing.id);
  });
}

/**
 * Makes a draft's parties exactly `parties`, inside the caller's transaction: a person or an
 * organisation already on it keeps its party id (and its signature, unless its role changed),
 * the others are added, and those left out are removed.
 */
export async function replaceParties(
  tx: Db,
  ctx: GraphQLContext,
  agreement: AgreementRow,
  parties: readonly AgreementPartyInput[],
): Promise<void> {
  assertDraft(agreement, 'Parties can be changed', 'parties');
  await assertPartiesExist(tx, parties, 'parties.');
  const current = await tx.select().from(p).where(eq(p.agreementId, agreement.id));
  const byKey = new Map(current.map((row) => [partyKey(row), row]));
  const kept = new Set<string>();
  for (const party of parties) {
    const key = partyKey(party);
    const row = byKey.get(key);
    kept.add(key);
    if (!row) {
      await tx.insert(p).values({
        id: newId('agreementParty'),
        agreementId: agreement.id,
        personId: party.personId ?? null,
        organizationId: party.organizationId ?? null,
        role: party.role,
      });
    } else if (row.role !== party.role) {
      await tx.update(p).set({ role: party.role, signedAt: null }).where(eq(p.id, row.id));
    }
  }
  const removed = current.filter((row) => !kept.has(partyKey(row)));
  for (const row of removed) await tx.delete(p).where(eq(p.id, row.id));
  await audit(tx, ctx, {
    action: 'replace-parties',
    entityType: 'Agreement',
    entityId: agreement.id,
    detail: { parties: parties.length, removed: removed.length },
  });
}
