import { parse as urlParse } from 'node:url';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import { CLIENT_GONE, startDeadline } from './deadline';
import { requestStore } from './request-context';

export interface GraphQLHttpOptions<TContext extends BaseContext> {
  /** REQUEST_DEADLINE_MS. */
  deadlineMs: number;
  context(input: { req: Request; res: Response; signal: AbortSignal }): Promise<TContext>;
}

/**
 * Apollo Server on Express, as @as-integrations/express5 does it, with a deadline: the request
 * gets a cancellation signal (lib/deadline.ts) in its context and in the request store; when
 * the deadline passes first, the client is answered at once with REQUEST_TIMEOUT (HTTP 503)
 * and whatever Apollo still produces is dropped; a client that goes away cancels the same way.
 */
export function graphqlHttp<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  options: GraphQLHttpOptions<TContext>,
): RequestHandler {
  server.assertStarted('graphqlHttp()');
  return async (req, res) => {
    const deadline = startDeadline(options.deadlineMs);
    res.once('close', () => {
      if (!res.writableFinished) deadline.abort(CLIENT_GONE);
      else deadline.clear();
    });
    const store = requestStore.getStore();
    if (store) store.signal = deadline.signal;
    const cancelled = new Promise<'cancelled'>((resolve) =>
      deadline.signal.addEventListener('abort', () => resolve('cancelled'), { once: true }),
    );

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const execution = server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method.toUpperCase(), headers, search: urlParse(req.url).search ?? '', body: req.body as unknown },
      context: () => options.context({ req, res, signal: deadline.signal }),
    });
    const answer = await Promise.race([execution, cancelled]);
    if (answer === 'cancelled') {
      // What the abandoned execution still does ends in nothing: no answer, no unhandled rejection.
      execution.catch(() => undefined);
      if (res.headersSent || res.destroyed) return;
      sendTimeout(req, res, deadline.signal.reason);
      return;
    }
    deadline.clear();
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    res.statusCode = answer.status ?? 200;
    if (answer.body.kind === 'complete') {
      res.send(answer.body.string);
      return;
    }
    for await (const chunk of answer.body.asyncIterator) {
      if (deadline.signal.aborted) break;
      res.write(chunk);
    }
    res.end();
  };
}

function sendTimeout(req: Request, res: Response, reason: unknown): void {
  const error = reason as { message: string; extensions?: Record<string, unknown> };
  const type = req.accepts(['application/json', 'application/graphql-response+json']) || 'application/json';
  res
    .status(503)
    .type(type)
    .send(JSON.stringify({ errors: [{ message: error.message, extensions: { ...error.extensions, requestId: requestStore.getStore()?.requestId } }] }));
}
