import type { Request } from 'express';
import { parse as parseCookies } from 'cookie';
import type { DbHandle } from '@brobygger/db';
import type { Role } from '@brobygger/domain';
import { SESSION_COOKIE, resolveSession } from '../../account/session-service';

export type HttpRefusal = { status: number; code: string; message: string; field?: string };

/**
 * The same session check as /graphql (the HttpOnly session cookie, idle and absolute
 * timeouts), for the file endpoints (imports and list exports); only coordinators may use them.
 * `action` names the endpoint in the refusal ("import", "export").
 */
export async function coordinatorOf(
  handle: DbHandle,
  req: Request,
  now: Date,
  action: 'import' | 'export' = 'import',
): Promise<{ userId: string; role: Role } | HttpRefusal> {
  const token = parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE];
  const session = await resolveSession(handle, token, now);
  if (!session) return { status: 401, code: 'UNAUTHENTICATED', message: 'Log in first.' };
  if (session.user.role !== 'COORDINATOR') {
    return { status: 403, code: 'FORBIDDEN', message: `Only coordinators may ${action}.` };
  }
  return { userId: session.user.id, role: session.user.role };
}

/**
 * A browser sends a cross-site form without a preflight only as text/plain, urlencoded or
 * multipart; requiring another content type makes a forged upload fail before it reaches us
 * (the same rule as Apollo's CSRF prevention on /graphql).
 */
export function refuseSimpleRequest(req: Request): HttpRefusal | null {
  const type = (req.headers['content-type'] ?? '').split(';', 1)[0]!.trim().toLowerCase();
  if (type && !['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'].includes(type)) return null;
  return {
    status: 400,
    code: 'BAD_REQUEST',
    message: 'Send the file with Content-Type: application/octet-stream (or text/csv, application/json, application/gzip).',
  };
}
