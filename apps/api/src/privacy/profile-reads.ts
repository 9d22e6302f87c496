import type { ApolloServerPlugin } from '@apollo/server';
import { sql } from 'drizzle-orm';
import { executeSql, rowsOfStrings, type DbHandle } from '@brobygger/db';
import type { PersonRow } from '@brobygger/db/schema';
import type { GraphQLContext } from '../context';
import type { AuditActor } from '../lib/audit';

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
  const detail = JSON.stringify({ profile: true });
  // Audit writes leave the data version alone, so caches keyed by it survive them. A graph can
  // name thousands of participants: their rows go in one statement, the ids as one list, since
  // building a multi-row insert cell by cell cost more than the graph's own reading.
  await handle.transaction(
    (tx) =>
      executeSql(
        tx,
        sql`INSERT INTO audit_events (at, user_id, role, action, entity_type, entity_id, on_behalf, detail)
          SELECT ${at}, ${ctx.viewer?.userId ?? null}, ${ctx.viewer?.role ?? null}, 'read', 'Person', value, false, ${detail}
          FROM ${rowsOfStrings(personIds)}`,
      ),
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
