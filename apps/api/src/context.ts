import type { Db, DbHandle } from '@brobygger/db';
import type { Role } from '@brobygger/domain';
import type { Env } from './env';
import type { RequestLimits } from './lib/request-limits';
import { createLoaders, type Loaders } from './loaders';
import type { AllMetrics } from '@brobygger/graph';
import type { CachedView } from './modules/graph/graph-cache';
import type { GraphViewData } from './modules/graph/service';
import { makePseudonyms, type Pseudonyms } from './privacy/pseudonyms';
import { cursorSeal, type CursorSeal } from './lib/cursor-seal';
import { writesWithinDeadline } from './lib/deadline-writes';

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
  /** Seals list cursors so they carry no id or date a client may read (lib/cursor-seal.ts). */
  cursors: CursorSeal;
  /** The graph views this request has built, by canonical filter (modules/graph/service.ts). */
  graphViews: Map<string, Promise<GraphViewData>>;
  /** The metrics this request has asked of each cached view, asked once per view (modules/graph/graph-view.ts). */
  graphMetrics: Map<CachedView, Promise<AllMetrics>>;
  /** Participants whose full profile this request showed, audited once each when it ends (privacy/profile-reads.ts). */
  profileReads: Set<string>;
  /** The root fields this request resolved (schema names), filled by the field guard for the request log. */
  resolvedFields: Set<string>;
  /**
   * Fires when the request passes REQUEST_DEADLINE_MS or its client goes away (lib/deadline.ts):
   * long work checks it between steps and hands it to the analytics pool.
   */
  signal: AbortSignal;
  /** The client's address as the rate limits key it (lib/request-limits.ts; honours TRUST_PROXY). */
  clientAddress: string;
  /** This instance's rate-limit buckets; absent outside an HTTP server (scripts, unit tests). */
  rateLimits?: RequestLimits;
  /** Root fields of the query started so far: the field guard starts each on a turn of the event loop of its own. */
  rootFieldTurns: number;
}

export interface ContextInput {
  handle: DbHandle;
  env: Env;
  viewer: Viewer | null;
  requestId: string;
  cookies: SessionCookies;
  now?: () => Date;
  signal?: AbortSignal;
  clientAddress?: string;
  rateLimits?: RequestLimits;
}

export function buildContext(input: ContextInput): GraphQLContext {
  return {
    handle: input.signal ? writesWithinDeadline(input.handle, input.signal) : input.handle,
    db: input.handle.db,
    viewer: input.viewer,
    loaders: createLoaders(input.handle.db),
    now: input.now ?? (() => new Date()),
    requestId: input.requestId,
    cookies: input.cookies,
    env: input.env,
    pseudonyms: makePseudonyms(input.env.PSEUDONYM_SECRET),
    cursors: cursorSeal(input.env.PSEUDONYM_SECRET),
    resolvedFields: new Set(),
    graphViews: new Map(),
    graphMetrics: new Map(),
    profileReads: new Set(),
    signal: input.signal ?? new AbortController().signal,
    clientAddress: input.clientAddress ?? 'local',
    rootFieldTurns: 0,
    ...(input.rateLimits ? { rateLimits: input.rateLimits } : {}),
  };
}
