import { schema, type Db } from '@brobygger/db';
import type { GraphQLContext } from '../context';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  onBehalf?: boolean;
  /** A few words of context; never personal data beyond ids. */
  detail?: Record<string, unknown>;
}

/**
 * Appends one event to the audit log. Mutations call it with their transaction, so the event
 * exists exactly when the change does.
 */
export async function audit(tx: Db, ctx: Pick<GraphQLContext, 'now' | 'viewer'>, entry: AuditEntry): Promise<void> {
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
