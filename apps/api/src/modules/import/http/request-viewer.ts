import type { Request } from 'express';
import { parse as parseCookies } from 'cookie';
import type { DbHandle } from '@brobygger/db';
import type { ErrorCode, Role } from '@brobygger/domain';
import { SESSION_COOKIE, resolveSession } from '../../account/session-service';

/**
 * A refusal the file endpoints answer with, shaped like a GraphQL error: the code, a registered
 * reason and its values (DESIGN.md, "Errors and words"), an English message for API clients.
 */
export type HttpRefusal = {
  status: number;
  code: ErrorCode;
  message: string;
  field?: string;
  reason?: string;
  params?: Readonly<Record<string, string | number>>;
};

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
  if (!session) return { status: 401, code: 'UNAUTHENTICATED', reason: 'NO_SESSION', message: 'Log in first.' };
  if (session.user.role !== 'COORDINATOR') {
    return {
      status: 403,
      code: 'FORBIDDEN',
      reason: 'ROLE',
      params: { role: session.user.role, action },
      message: `Only coordinators may ${action}.`,
    };
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
    reason: 'CONTENT_TYPE',
    message: 'Send the file with Content-Type: application/octet-stream (or text/csv, application/json, application/gzip).',
  };
}
