import type { ApolloServerPlugin } from '@apollo/server';
import { schema, type DbHandle } from '@brobygger/db';
import type { PersonRow } from '@brobygger/db/schema';
import type { GraphQLContext } from '../context';
import type { AuditActor } from '../lib/audit';

/** Rows per insert: SQLite allows 32,766 bound values; eight columns each. */
const AUDIT_BATCH = 500;

/**
 * Notes that this request showed the viewer a participant's full profile — anything beyond the
 * candidate card: name or contact, dreams, benefit, status history, goals, plan steps — on any
 * path (a list, a nested field, an introduction). A participant reading their own is not noted.
 */
export function noteProfileRead(ctx: GraphQLContext, person: Pick<PersonRow, 'id' | 'isParticipant'>): void {
  if (!person.isParticipant || !ctx.viewer) return;
  if (ctx.viewer.role === 'PARTICIPANT' && ctx.viewer.personId === person.id) return;
  ctx.profileReads.add(person.id);
}

/** Writes the noted reads to the audit log. */
export async function writeProfileReads(ctx: GraphQLContext): Promise<void> {
  const personIds = [...ctx.profileReads].sort();
  ctx.profileReads.clear();
  await auditProfileReads(ctx.handle, ctx, personIds);
}

/** One read event per participant, in one transaction: for requests, and for the file exports. */
export async function auditProfileReads(handle: DbHandle, ctx: AuditActor, personIds: readonly string[]): Promise<void> {
  if (!personIds.length) return;
  const at = ctx.now().toISOString();
  const rows = personIds.map((personId) => ({
    at,
    userId: ctx.viewer?.userId ?? null,
    role: ctx.viewer?.role ?? null,
    action: 'read',
    entityType: 'Person',
    entityId: personId,
    onBehalf: false,
    detail: JSON.stringify({ profile: true }),
  }));
  // Audit writes leave the data version alone, so caches keyed by it survive them. A graph
  // can name thousands of participants: rows go in a few multi-row inserts, not one by one.
  await handle.transaction(
    async (tx) => {
      for (let start = 0; start < rows.length; start += AUDIT_BATCH) {
        await tx.insert(schema.auditEvents).values(rows.slice(start, start + AUDIT_BATCH));
      }
    },
    { changesData: false },
  );
}

/**
 * One audit event per participant whose full profile a request read, written once the
 * operation has resolved and before the answer leaves, however many fields and paths showed
 * that participant.
 */
export function profileReadAuditPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse: ({ contextValue }) => writeProfileReads(contextValue),
      });
    },
  };
}

/**
 * Notes the participants a graph shows by name (coordinators all, employers the revealed
 * ones): a node's label is a participant's name. Researchers see pseudonyms, which are not noted.
 */
export function noteNamedParticipants(ctx: GraphQLContext, nodes: Iterable<{ id: string; kind: string }>): void {
  if (ctx.viewer?.role !== 'COORDINATOR' && ctx.viewer?.role !== 'EMPLOYER') return;
  for (const node of nodes) if (node.kind === 'PARTICIPANT') noteProfileRead(ctx, { id: node.id, isParticipant: true });
}
