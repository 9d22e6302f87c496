import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import express, { type Request, type Response } from 'express';
import type { DbHandle } from '@brobygger/db';
import { guardRootFields } from './authorization/field-guard';
import { profileReadAuditPlugin } from './privacy/profile-reads';
import { buildContext, type GraphQLContext, type Viewer } from './context';
import { repositoryRoot, type Env } from './env';
import { makeFormatError } from './lib/format-error';
import { graphqlHttp } from './lib/graphql-http';
import { jitPlugin } from './lib/jit-plugin';
import { nulCharacterPlugin } from './lib/nul-character-plugin';
import { queryCostPlugin } from './lib/query-cost-plugin';
import { hardeningValidationRules } from './lib/hardening';
import { currentRequestId, requestStore } from './lib/request-context';
import { clientAddressOf, limitRequests, requestLimits } from './lib/request-limits';
import { requestLogPlugin } from './lib/request-log';
import { securityHeaders } from './lib/security-headers';
import { SESSION_COOKIE, resolveSession } from './modules/account/session-service';
import { buildSchema } from './schema';
import { importRouter } from './modules/import/http/import-router';
import { configureAnalyticsPool, warmAnalyticsPool } from './modules/graph/analytics-pool';
import { startPictureRefresh } from './modules/graph/picture-refresh';

export interface AppOptions {
  handle: DbHandle;
  env: Env;
  /** A fixed clock for tests. */
  now?: () => Date;
  /** Where the built web app lives; defaults to apps/web/dist. */
  webDist?: string;
}

export interface RunningApp {
  server: Server;
  url: string;
  stop(): Promise<void>;
}

function cookieJar(req: Request, res: Response, env: Env) {
  // A request answered already (its deadline passed) can no longer set a cookie: its late work is dropped.
  return {
    set(token: string, expiresAt: Date) {
      if (res.headersSent) return;
      res.append(
        'Set-Cookie',
        serializeCookie(SESSION_COOKIE, token, {
          httpOnly: true,
          sameSite: 'strict',
          secure: env.cookieSecure || req.secure,
          path: '/',
          expires: expiresAt,
        }),
      );
    },
    clear() {
      if (res.headersSent) return;
      res.append(
        'Set-Cookie',
        serializeCookie(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'strict', path: '/', maxAge: 0 }),
      );
    },
  };
}

/** One HTTP server: GraphQL at /graphql, health checks, and the web app at /. */
export async function startApp(options: AppOptions, port: number, host = '127.0.0.1'): Promise<RunningApp> {
  const { handle, env } = options;
  configureAnalyticsPool({ workers: env.ANALYTICS_WORKERS, queuePerViewer: env.ANALYTICS_QUEUE_PER_VIEWER, queueMax: env.ANALYTICS_QUEUE_MAX });
  // A served region's first picture or analysis should not wait for a worker to start; tests,
  // which start many servers, leave the pool to start on demand.
  if (env.NODE_ENV === 'production') warmAnalyticsPool();
  const httpServer = createServer();
  const schema = guardRootFields(buildSchema());
  const formatError = makeFormatError(currentRequestId, { hideSuggestions: env.NODE_ENV === 'production' });
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: env.NODE_ENV !== 'production',
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: env.NODE_ENV === 'production',
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // main.ts answers SIGTERM and SIGINT itself: stop the server, close the database, exit. With
    // Apollo's own handler as well, the stop main.ts asked for never finished: the process ended
    // when its event loop ran dry, the database never closed.
    stopOnTerminationSignals: false,
    formatError,
    // The parser stops counting at the limit, before validation sees the document (env.ts).
    parseOptions: { maxTokens: env.QUERY_MAX_TOKENS },
    validationRules: hardeningValidationRules(),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are used (answers are per viewer, never cached by a CDN). Apollo's default
      // cache-control plugin listens to every field, which makes Apollo wrap every resolver in
      // the schema for good — and graphql-jit then calls each wrapper instead of reading the
      // property: about a fifth of the whole graph's answer time (pnpm bench).
      ApolloServerPluginCacheControlDisabled(),
      nulCharacterPlugin(),
      queryCostPlugin(schema, { budget: env.QUERY_COST_BUDGET, maxAnalytics: env.QUERY_MAX_ANALYTICS, maxExports: env.QUERY_MAX_EXPORTS }),
      profileReadAuditPlugin(),
      jitPlugin(schema, formatError),
      ...(env.logRequests ? [requestLogPlugin()] : []),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders(env));
  // GraphQL answers are POSTs that no cache revalidates; hashing each body for an ETag is waste.
  app.set('etag', false);
  // How many proxies' X-Forwarded-For to believe for req.ip (and req.secure); 0: the socket's address.
  app.set('trust proxy', env.TRUST_PROXY);
  app.use((req, res, next) => {
    const requestId = randomUUID();
    res.setHeader('X-Request-Id', requestId);
    requestStore.run({ requestId }, next);
  });
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    // Ready means the database answers and holds every migration this build knows.
    try {
      const migrations = await handle.migrationStatus();
      if (migrations.pending.length) {
        res.status(503).json({ status: 'unavailable', reason: 'migrations pending', pending: migrations.pending });
        return;
      }
      res.json({ status: 'ready', migrations: migrations.applied });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
    }
  });
  // Rate limits (lib/request-limits.ts), per instance: every route below — the API, the web app's
  // files — takes from the client address's bucket; the API's routes also from the session's.
  const limits = requestLimits(env);
  app.use(limitRequests(limits, (req) => (API_ROUTES.test(req.path) ? ['address', 'session'] : ['address'])));
  // File uploads (/import/…) and CSV exports (/export/…): streamed bodies, the same session check; see modules/import.
  app.use(importRouter(handle, options.now, { maxBytes: env.IMPORT_MAX_UNPACKED_BYTES, maxRatio: env.IMPORT_MAX_UNPACK_RATIO }));
  app.use(
    '/graphql',
    express.json({ limit: env.MAX_BODY_BYTES }),
    graphqlHttp(apollo, {
      deadlineMs: env.REQUEST_DEADLINE_MS,
      context: async ({ req, res, signal }) => {
        const now = options.now ?? (() => new Date());
        const token = parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE];
        const session = await resolveSession(handle, token, now());
        const viewer: Viewer | null = session && {
          userId: session.user.id,
          email: session.user.email,
          role: session.user.role,
          personId: session.user.personId,
          organizationId: session.user.organizationId,
          sessionId: session.sessionId,
        };
        return buildContext({
          handle,
          env,
          viewer,
          requestId: currentRequestId() ?? randomUUID(),
          cookies: cookieJar(req, res, env),
          now,
          signal,
          clientAddress: clientAddressOf(req),
          rateLimits: limits,
        });
      },
    }),
  );
  // A body the JSON parser refused (too large, malformed) gets a GraphQL-shaped answer.
  app.use((error: { status?: number; type?: string }, _req: Request, res: Response, next: (e?: unknown) => void) => {
    if (!error.status) return next(error);
    const code = error.type === 'entity.too.large' ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
    res.status(error.status).json({
      errors: [{ message: code === 'PAYLOAD_TOO_LARGE' ? 'The request body is too large.' : 'The request body is not valid JSON.', extensions: { code, requestId: currentRequestId() } }],
    });
  });
  serveWebApp(app, options.webDist ?? join(repositoryRoot, 'apps/web/dist'));

  httpServer.on('request', app);
  // Longer than the keep-alive of clients and load balancers (often 60 s), so the server never
  // closes an idle connection at the moment a client sends on it (a reset request).
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  // The explorer's pictures in use are drawn ahead of the next visit (modules/graph/picture-refresh.ts).
  // The first, the coordinators' opening view, before the server takes requests (for at most
  // WARM_UP_MS): read on this thread, it would hold up the first visitor's page and answers.
  const refresher = env.GRAPH_PICTURE_REFRESH_MS ? startPictureRefresh(handle, env, env.GRAPH_PICTURE_REFRESH_MS) : undefined;
  if (refresher) await Promise.race([refresher.firstDrawing, delay(WARM_UP_MS, undefined, { ref: false })]);
  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(port, host, () => {
        httpServer.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    // A port in use: nothing of this server may go on running.
    refresher?.stop();
    throw error;
  }
  const address = httpServer.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    server: httpServer,
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}`,
    async stop() {
      refresher?.stop();
      await apollo.stop();
    },
  };
}

/** How long a start waits for its first picture before taking requests anyway (a very large graph, a slow database). */
const WARM_UP_MS = 10_000;

/** The API's own routes, limited per session as well as per address. */
const API_ROUTES = /^\/(?:graphql|import|export)(?:\/|$)/;

/** The paths of the single-page app: everything but the API's own. */
const WEB_APP_ROUTES = /^\/(?!graphql|healthz|readyz).*/;

function serveWebApp(app: express.Express, dist: string): void {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) {
    // Every route of the web app answers alike without a build: a page saying how to build it.
    app.get(WEB_APP_ROUTES, (_req, res) => {
      res.type('html').send(
        '<!doctype html><title>Brobygger</title><h1>Brobygger</h1><p>The API is at <a href="/graphql">/graphql</a>. Build the web app with <code>pnpm build</code>.</p>',
      );
    });
    return;
  }
  app.use(express.static(dist, { index: false, maxAge: '1h' }));
  // Every other GET is a client-side route of the single-page app.
  app.get(WEB_APP_ROUTES, (_req, res) => {
    res.sendFile(index);
  });
}
