import { schema, type Db } from '@brobygger/db';

/** Who runs an import: a coordinator through the upload page, or nobody in particular at the command line. */
export interface ImportActor {
  userId: string | null;
  role: string | null;
}

/**
 * One audit event per import run, written in the import's own transaction. The import runs
 * outside a GraphQL request (CLI, upload endpoint), so it writes the row itself rather than
 * through lib/audit's request context; the columns are the same.
 */
export async function auditImport(
  tx: Db,
  actor: ImportActor,
  at: Date,
  entityType: string,
  detail: Record<string, unknown>,
): Promise<void> {
  await tx.insert(schema.auditEvents).values({
    at: at.toISOString(),
    userId: actor.userId,
    role: actor.role,
    action: 'import',
    entityType,
    entityId: null,
    detail: JSON.stringify(detail),
  });
}
