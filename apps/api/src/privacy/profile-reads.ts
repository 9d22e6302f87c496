import type { ApolloServerPlugin } from '@apollo/server';
import type { PersonRow } from '@brobygger/db/schema';
import type { GraphQLContext } from '../context';
import type { DbHandle } from '@brobygger/db';
import { audit, type AuditActor } from '../lib/audit';

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
  // Audit writes leave the data version alone, so caches keyed by it survive them.
  await handle.transaction(
    async (tx) => {
      for (const personId of personIds) {
        await audit(tx, ctx, { action: 'read', entityType: 'Person', entityId: personId, detail: { profile: true } });
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
