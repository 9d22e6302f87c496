import { schema, type Db } from '@brobygger/db';
import type { AuditAction, AuditEntityType } from '@brobygger/domain';
import type { GraphQLContext, Viewer } from '../context';

export interface AuditEntry {
  /** One of the actions the web words (@brobygger/domain audit-vocabulary.ts). */
  action: AuditAction;
  entityType: AuditEntityType;
  entityId?: string | null;
  onBehalf?: boolean;
  /** A few words of context; never personal data beyond ids. */
  detail?: Record<string, unknown>;
}

/**
 * Appends one event to the audit log. Mutations call it with their transaction, so the event
 * exists exactly when the change does.
 */
/** Who acted, as the audit log records it: a request's context, or an operator's tool. */
export type AuditActor = Pick<GraphQLContext, 'now'> & { viewer: Pick<Viewer, 'userId' | 'role'> | null };

export async function audit(tx: Db, ctx: AuditActor, entry: AuditEntry): Promise<void> {
  await tx.insert(schema.auditEvents).values({
    at: ctx.now().toISOString(),
    userId: ctx.viewer?.userId ?? null,
    role: ctx.viewer?.role ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    onBehalf: entry.onBehalf ?? false,
    detail: entry.detail ? JSON.stringify(entry.detail) : null,
  });
}
