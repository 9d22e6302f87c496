import { eq } from 'drizzle-orm';
import { schema, type Db } from '@brobygger/db';
import type { AgreementRow } from '@brobygger/db/schema';
import { badInput, notFound } from '../../lib/errors';

/** Reads an agreement inside the caller's transaction, or answers NOT_FOUND. */
export async function loadForChange(tx: Db, id: string): Promise<AgreementRow> {
  const [row] = await tx.select().from(schema.agreements).where(eq(schema.agreements.id, id));
  if (!row) throw notFound('agreement', id);
  return row;
}

/**
 * Parties change only while the agreement is a draft: once proposed, the parties sign what
 * they were shown. Refused with reason AGREEMENT_NOT_DRAFT and the status it has.
 */
export function assertDraft(row: AgreementRow, what: string, field = 'status'): void {
  if (row.status === 'DRAFT') return;
  throw badInput(
    field,
    `${what} only while the agreement is a draft; it is ${row.status.toLowerCase()}.`,
    {
      reason: 'AGREEMENT_NOT_DRAFT',
      params: { status: row.status },
    },
  );
}

/** The terms (title, dates, goals…) change while DRAFT or PROPOSED; reason AGREEMENT_TERMS_LOCKED after. */
export function assertTermsEditable(row: AgreementRow): void {
  if (row.status === 'DRAFT' || row.status === 'PROPOSED') return;
  throw badInput(
    'status',
    `The terms can be changed only while the agreement is a draft or proposed; it is ${row.status.toLowerCase()}.`,
    {
      reason: 'AGREEMENT_TERMS_LOCKED',
      params: { status: row.status },
    },
  );
}
