import { schema, type Db } from '@brobygger/db';
import type { AuditEntityType } from '@brobygger/domain';

/** Who runs an import: a coordinator through the upload page, or nobody in particular at the command line. */
export interface ImportActor {
  userId: string | null;
  role: string | null;
}

/**
 * One audit event per import run (or export), written in the import's own transaction. These
 * run outside a GraphQL request (CLI, upload endpoint), so they write the row themselves
 * rather than through lib/audit's request context; the columns are the same.
 */
export async function auditImport(
  tx: Db,
  actor: ImportActor,
  at: Date,
  entityType: AuditEntityType,
  detail: Record<string, unknown>,
  action: 'import' | 'export' = 'import',
): Promise<void> {
  await tx.insert(schema.auditEvents).values({
    at: at.toISOString(),
    userId: actor.userId,
    role: actor.role,
    action,
    entityType,
    entityId: null,
    detail: JSON.stringify(detail),
  });
}
