import type { GraphQLError } from 'graphql';
import type { Role } from '@brobygger/domain';
import type { GraphQLContext, Viewer } from '../context';
import { forbidden, unauthenticated } from '../lib/errors';

/**
 * Apollo answers an error thrown outside a resolver with HTTP 500 unless the error names a
 * status; a refusal is an ordinary GraphQL answer (200 with a coded error), not a server failure
 * that monitoring would count.
 */
const REFUSAL_HTTP = { status: 200 };

/**
 * Why a viewer may not act with the given roles, or null when it may: no session →
 * UNAUTHENTICATED (reason NO_SESSION), another role → FORBIDDEN (reason ROLE). `action` names
 * what was refused (a field or a service), for API clients and logs.
 */
export function refusalFor(viewer: Viewer | null, roles: readonly Role[], action: string): GraphQLError | null {
  if (!viewer) {
    const error = unauthenticated('NO_SESSION');
    error.extensions.http = REFUSAL_HTTP;
    return error;
  }
  if (roles.includes(viewer.role)) return null;
  // Reason ROLE tells a refusal by role apart from a row-level one (someone else's profile).
  const error = forbidden('ROLE', `The ${viewer.role.toLowerCase()} role may not use ${action}.`, { params: { role: viewer.role, action } });
  error.extensions.http = REFUSAL_HTTP;
  return error;
}

/**
 * The second line behind the field guard: every service that acts for a viewer calls this
 * first, so a path that reaches the service without passing the guard (a new resolver, a
 * nested field, a script) still meets a logged-in viewer of an allowed role.
 */
export function requireRole(ctx: Pick<GraphQLContext, 'viewer'>, roles: readonly Role[], action: string): Viewer {
  const { viewer } = ctx;
  if (viewer && roles.includes(viewer.role)) return viewer;
  throw refusalFor(viewer, roles, action) ?? forbidden();
}
