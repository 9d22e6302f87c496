import type { Db, DbHandle } from '@brobygger/db';
import type { Role } from '@brobygger/domain';
import type { Env } from './env';
import { createLoaders, type Loaders } from './loaders';
import type { GraphViewData } from './modules/graph/service';
import { makePseudonyms, type Pseudonyms } from './privacy/pseudonyms';

/** Who is asking: the logged-in account, or null before login. */
export interface Viewer {
  userId: string;
  email: string;
  role: Role;
  personId: string | null;
  organizationId: string | null;
  sessionId: string;
}

/** How resolvers set and clear the session cookie without knowing about HTTP. */
export interface SessionCookies {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/** Built once per request: the database, the viewer, fresh loaders, and the clock. */
export interface GraphQLContext {
  handle: DbHandle;
  db: Db;
  viewer: Viewer | null;
  loaders: Loaders;
  /** The request's clock; tests replace it to travel in time. */
  now: () => Date;
  requestId: string;
  cookies: SessionCookies;
  env: Env;
  /** Pseudonyms per audience (researchers, each employer organisation's cards). */
  pseudonyms: Pseudonyms;
  /** The graph views this request has built, by canonical filter (modules/graph/service.ts). */
  graphViews: Map<string, Promise<GraphViewData>>;
  /** Participants whose full profile this request showed, audited once each when it ends (privacy/profile-reads.ts). */
  profileReads: Set<string>;
  /** The root fields this request resolved (schema names), filled by the field guard for the request log. */
  resolvedFields: Set<string>;
}

export interface ContextInput {
  handle: DbHandle;
  env: Env;
  viewer: Viewer | null;
  requestId: string;
  cookies: SessionCookies;
  now?: () => Date;
}

export function buildContext(input: ContextInput): GraphQLContext {
  return {
    handle: input.handle,
    db: input.handle.db,
    viewer: input.viewer,
    loaders: createLoaders(input.handle.db),
    now: input.now ?? (() => new Date()),
    requestId: input.requestId,
    cookies: input.cookies,
    env: input.env,
    pseudonyms: makePseudonyms(input.env.PSEUDONYM_SECRET),
    resolvedFields: new Set(),
    graphViews: new Map(),
    profileReads: new Set(),
  };
}
