import { GraphQLError } from 'graphql';
import { requestTimeout } from './errors';
import { currentSignal } from './request-context';

/** Why a request's work stopped: its deadline passed, or its client went away first. */
export const CLIENT_GONE = new GraphQLError('The client closed the connection.', { extensions: { code: 'CLIENT_CLOSED_REQUEST' } });

export interface Deadline {
  signal: AbortSignal;
  /** Stops the timer (the answer went out). */
  clear(): void;
  /** Cancels now, e.g. because the client went away. */
  abort(reason: unknown): void;
}

/**
 * A cancellation signal that fires REQUEST_DEADLINE_MS after the request began, with the
 * REQUEST_TIMEOUT error as its reason. Work that can stop checks it: the field guard before
 * every root field, the data loaders before every batch, long loops between steps, and the
 * analytics pool, which drops a waiting job and ends the worker running an abandoned one.
 */
export function startDeadline(ms: number): Deadline {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(requestTimeout(ms)), ms);
  return {
    signal: controller.signal,
    clear: () => clearTimeout(timer),
    abort(reason) {
      clearTimeout(timer);
      if (!controller.signal.aborted) controller.abort(reason);
    },
  };
}

/** Throws the reason (REQUEST_TIMEOUT) once the request's signal has fired; the request's own signal when none is given. */
export function throwIfPastDeadline(signal: AbortSignal | undefined = currentSignal()): void {
  if (signal?.aborted) throw signal.reason;
}

/**
 * Resolves after the event loop has polled for I/O at least once, so waiting requests (health
 * checks, small reads) are served between two long steps. Two hops: a single setImmediate could
 * run in the same check phase as other deferred work (the analytics pool's hand-overs) with no
 * poll between them.
 */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
