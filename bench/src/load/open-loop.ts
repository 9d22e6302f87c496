import { type Arrival, poissonArrivals } from './arrivals';
import type { Context, Step } from './mix';
import { FailureTally, LatencyByOp, failed, failureKey } from './outcome';
import { type Answer, connectionPool, postJson } from './post';

export interface OpenLoopOptions {
  /** Mean arrival rate over all sessions. */
  perSecond: number;
  /** Length of the measured window. */
  seconds: number;
  /** Arrivals at the same rate before the window, not measured: compiled queries, warm caches, open connections. */
  warmUpSeconds: number;
  /** Seeds the arrival times and which session each belongs to. */
  seed: number;
  /** A request unanswered this long counts as an error ('TIMEOUT'). */
  timeoutMs: number;
}

export interface OpenLoopRun {
  /** Arrivals due in the window (their number over the window's seconds is the offered rate). */
  due: number;
  /** From each arrival's due time to the end of its answer, for arrivals due in the window. */
  latencies: number[];
  /**
   * From due time to the moment the generator got round to the arrival: the client's own
   * lateness (its timers, its share of the 2 cores), which is part of the latency.
   */
  dispatchLags: number[];
  /** Successful answers to the window's arrivals per second, from the window's start to the last answer. */
  answeredPerSecond: number;
  failures: FailureTally;
  /** Failures of arrivals due in the warm-up: not counted above, shown so none go unseen. */
  warmUpFailures: number;
  latencyByOp: LatencyByOp;
  /** The most requests outstanding at once, and connections the pool opened (whole run). */
  mostInFlight: number;
  connectionsOpened: number;
}

/** Far above anything in flight at 250 requests/s unless the server stalls for seconds. */
const POOL_CONNECTIONS = 1024;

interface Session {
  ctx: Context;
  /** Index of the session's next step in the mix. */
  position: number;
  /**
   * The step the session's next step depends on while it is outstanding: whether it succeeded,
   * and the context it keeps its answer in, which only that next step reads.
   */
  awaited?: { op: string; succeeded: Promise<boolean>; ctx: Context };
}

/**
 * The session's walk starts at a different step for each session, so the mix is spread from
 * the first second; never on a step that depends on the one before (a proposal starts with
 * its draft).
 */
function startingPosition(steps: readonly Step[], index: number): number {
  const position = index % steps.length;
  return position > 0 && steps[position - 1]!.after ? position - 1 : position;
}

/**
 * Sends one step of a session's walk and keeps what a later step needs; the failure, named
 * as both loops name them, or undefined when it succeeded.
 */
async function attempt(
  step: Step,
  ctx: Context,
  post: (json: string) => Promise<Answer>,
): Promise<string | undefined> {
  try {
    const answer = await post(JSON.stringify(step.body(ctx)));
    if (failed(answer.status, answer.body)) return failureKey(step.op, answer.status, answer.body);
    step.after?.(ctx, (JSON.parse(answer.body) as { data: Record<string, unknown> }).data);
    return undefined;
  } catch (error) {
    return `${step.op}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
  }
}

/**
 * Open loop: each arrival is sent at its due time whether or not earlier requests have been
 * answered, and its latency runs from the due time, so a server (or client) that falls behind
 * shows it in the latencies instead of quietly sending less (no coordinated omission). Each
 * session walks the mix in order with its own state; a step that uses what the step before
 * kept (a proposal needs its draft's id) is sent once that answer is in, as a person clicks
 * "propose" only on a draft they can see, and its wait counts in its latency.
 */
export async function openLoop(
  url: string,
  steps: readonly Step[],
  cookies: readonly string[],
  options: OpenLoopOptions,
): Promise<OpenLoopRun> {
  const endpoint = new URL('/graphql', url);
  const pool = connectionPool(POOL_CONNECTIONS);
  const sessions: Session[] = cookies.map((cookie, i) => ({
    ctx: { cookie },
    position: startingPosition(steps, i),
  }));
  const warmUpMs = options.warmUpSeconds * 1000;
  const arrivals = poissonArrivals({
    perSecond: options.perSecond,
    seconds: options.warmUpSeconds + options.seconds,
    sessions: sessions.length,
    seed: options.seed,
  });

  const latencies: number[] = [];
  const dispatchLags: number[] = [];
  const latencyByOp = new LatencyByOp();
  const failures = new FailureTally();
  let warmUpFailures = 0;
  const sockets = new WeakSet<object>();
  let connectionsOpened = 0;
  let inFlight = 0;
  let mostInFlight = 0;
  let lastAnswerAt = 0;
  let succeeded = 0;
  const outstanding: Promise<boolean>[] = [];
  const countSocket = (socket: object) => {
    if (!sockets.has(socket)) connectionsOpened += 1;
    sockets.add(socket);
  };

  const send = async (
    step: Step,
    ctx: Context,
    dueAt: number,
    awaited: Session['awaited'],
    measured: boolean,
  ): Promise<boolean> => {
    const dependencyFailed = awaited && !(await awaited.succeeded);
    inFlight += 1;
    mostInFlight = Math.max(mostInFlight, inFlight);
    let failure = await attempt(step, ctx, (json) =>
      postJson(pool, endpoint, { cookie: ctx.cookie ?? '' }, json, options.timeoutMs, countSocket),
    );
    inFlight -= 1;
    // A proposal of a draft that was never made fails too: named so, it is not taken for a
    // fault of its own.
    if (failure && dependencyFailed) failure += ` (after a failed ${awaited.op})`;
    if (!measured) {
      if (failure) warmUpFailures += 1;
      return !failure;
    }
    const answeredAt = performance.now();
    lastAnswerAt = Math.max(lastAnswerAt, answeredAt);
    latencies.push(answeredAt - dueAt);
    latencyByOp.add(step.op, answeredAt - dueAt);
    if (failure) failures.add(failure);
    else succeeded += 1;
    return !failure;
  };

  const start = performance.now();
  const dispatch = (arrival: Arrival) => {
    const session = sessions[arrival.session]!;
    const step = steps[session.position]!;
    session.position = (session.position + 1) % steps.length;
    const dueAt = start + arrival.at;
    const measured = arrival.at >= warmUpMs;
    if (measured) dispatchLags.push(performance.now() - dueAt);
    // A step that keeps something (a draft's id) keeps it in a context of its own, read only by
    // the step that depends on it. With one context per session, a server that fell behind could
    // answer a session's earlier draft after its later one, and the later proposal then named
    // the earlier draft, already proposed (AGREEMENT_ALREADY_PROPOSED).
    const ctx = step.after ? { ...session.ctx } : (session.awaited?.ctx ?? session.ctx);
    const request = send(step, ctx, dueAt, session.awaited, measured);
    // Only a step that keeps something for the next one makes the next one wait.
    session.awaited = step.after ? { op: step.op, succeeded: request, ctx } : undefined;
    outstanding.push(request);
  };
  // Timers fire late under load: every arrival already due goes out on each turn, and the
  // lateness is part of its latency.
  await new Promise<void>((done) => {
    let next = 0;
    const tick = () => {
      while (next < arrivals.length && start + arrivals[next]!.at <= performance.now())
        dispatch(arrivals[next++]!);
      if (next === arrivals.length) return done();
      setTimeout(tick, Math.max(0, start + arrivals[next]!.at - performance.now()));
    };
    tick();
  });
  await Promise.all(outstanding);
  pool.destroy();

  const due = arrivals.filter((arrival) => arrival.at >= warmUpMs).length;
  return {
    due,
    latencies,
    dispatchLags,
    answeredPerSecond: succeeded / ((lastAnswerAt - (start + warmUpMs)) / 1000),
    failures,
    warmUpFailures,
    latencyByOp,
    mostInFlight,
    connectionsOpened,
  };
}
