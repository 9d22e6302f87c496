import { and, eq, gte, lte, type SQL } from 'drizzle-orm';
import { schema } from '@brobygger/db';
import type { GraphQLContext } from '../../context';
import { paginate, type PageArgs } from '../../lib/pagination';
import { requireRole } from '../../authorization/acting-viewer';
import { ADMIN } from '../../authorization/permissions';

const t = schema.auditEvents;

export interface AuditFilter {
  userId?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  action?: string | null;
  from?: string | null;
  to?: string | null;
}

/** The audit log, newest first. Read-only: nothing in the API updates or deletes an event. */
export function listAuditEvents(ctx: GraphQLContext, args: PageArgs & { filter?: AuditFilter | null }) {
  requireRole(ctx, ADMIN, 'listAuditEvents');
  const f = args.filter ?? {};
  const conditions: (SQL | undefined)[] = [
    f.userId ? eq(t.userId, f.userId) : undefined,
    f.entityType ? eq(t.entityType, f.entityType) : undefined,
    f.entityId ? eq(t.entityId, f.entityId) : undefined,
    f.action ? eq(t.action, f.action) : undefined,
    f.from ? gte(t.at, f.from) : undefined,
    f.to ? lte(t.at, f.to) : undefined,
  ];
  return paginate({ db: ctx.db, cursors: ctx.cursors, table: t, id: t.id, sortBy: t.at, direction: 'DESC', where: and(...conditions), args });
}
