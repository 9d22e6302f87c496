import autocannon from 'autocannon';
import type { Context, Step } from './mix';
import { FailureTally, LatencyByOp, failed, failureKey } from './outcome';

export interface ClosedLoopOptions {
  /** Keep-alive connections, each sending its next request as soon as the last is answered. */
  connections: number;
  /** Length of the measured window. */
  seconds: number;
  /** At least this long before the window opens: queries are compiled and caches warm. */
  warmUpSeconds: number;
}

export interface ClosedLoopRun {
  requestsPerSecond: number;
  latencies: number[];
  bytesPerRequest: number;
  failures: FailureTally;
  latencyByOp: LatencyByOp;
  /** How long until every connection had its first answer (the measured window starts then). */
  connectedAfterMs: number;
}

/**
 * Drives `connections` keep-alive connections through the steps (each connection walks them in
 * order, with a session cookie of its own) and measures a window of `seconds` that starts once
 * every connection has been answered at least once and the warm-up has passed: the steady state
 * of coordinators already at work. (A server that is busy accepts one new connection per turn
 * of its event loop, so opening all of them at once says more about the ramp than about
 * serving; how long the ramp took is reported beside.)
 */
export async function closedLoop(
  url: string,
  steps: readonly Step[],
  cookies: readonly string[],
  { connections, seconds, warmUpSeconds }: ClosedLoopOptions,
): Promise<ClosedLoopRun> {
  const latencies: number[] = [];
  const latencyByOp = new LatencyByOp();
  const failures = new FailureTally();
  const started = performance.now();
  let windowStart = Infinity;
  let windowEnd = Infinity;
  let answeredBytes = 0;
  const inWindow = (sentAt: number) => sentAt >= windowStart && performance.now() <= windowEnd;
  let nextCookie = 0;
  const requests = steps.map((step) => ({
    method: 'POST' as const,
    path: '/graphql',
    setupRequest: (request: autocannon.Request, context: object) => {
      const ctx = context as Context;
      ctx.cookie ??= cookies[nextCookie++ % cookies.length];
      ctx.sentAt = performance.now();
      return {
        ...request,
        headers: { 'content-type': 'application/json', cookie: ctx.cookie ?? '' },
        body: JSON.stringify(step.body(ctx)),
      };
    },
    onResponse: (status: number, body: string, context: object) => {
      const ctx = context as Context;
      const sentAt = ctx.sentAt ?? 0;
      const failure = failed(status, body);
      if (!failure) {
        try {
          step.after?.(ctx, (JSON.parse(body) as { data: Record<string, unknown> }).data);
        } catch {
          // the bare server's answer has no data
        }
      }
      if (!inWindow(sentAt)) return;
      const took = performance.now() - sentAt;
      latencies.push(took);
      answeredBytes += Buffer.byteLength(body);
      latencyByOp.add(step.op, took);
      if (failure) failures.add(failureKey(step.op, status, body));
    },
  }));
  const answered = new Set<unknown>();
  await new Promise<void>((done, fail) => {
    const instance = autocannon(
      // The duration is an upper bound: the run is stopped when the window closes.
      { url, connections, duration: warmUpSeconds + seconds + 600, requests, timeout: 10 },
      (error) => (error ? fail(error instanceof Error ? error : new Error(String(error))) : done()),
    );
    instance.on('response', (client) => {
      if (windowStart !== Infinity) return;
      answered.add(client);
      const now = performance.now();
      if (answered.size === connections && now - started >= warmUpSeconds * 1000) {
        windowStart = now;
        windowEnd = now + seconds * 1000;
        setTimeout(() => instance.stop(), seconds * 1000);
      }
    });
    instance.on('reqError', (error: Error) => {
      const now = performance.now();
      if (now >= windowStart && now <= windowEnd) failures.add(`connection: ${error.message}`);
    });
  });
  return {
    requestsPerSecond: latencies.length / seconds,
    latencies,
    bytesPerRequest: answeredBytes / Math.max(1, latencies.length),
    failures,
    latencyByOp,
    connectedAfterMs: windowStart - started,
  };
}
