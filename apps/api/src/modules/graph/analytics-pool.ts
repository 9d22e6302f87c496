import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AllMetrics, ComputeAllOptions, PlainGraph } from '@brobygger/graph';
import type { GraphQLContext } from '../../context';
import { defaultAnalyticsWorkers } from '../../env';
import { tooManyJobs } from '../../lib/errors';
import { ANALYTICS_TASKS, type AnalyticsTask, type TaskInput, type TaskResult } from './analytics-tasks';
import type { AnalyticsJobMessage } from './metrics-worker';

/**
 * The analytics pool: a few worker threads (ANALYTICS_WORKERS) that run the tasks of
 * analytics-tasks.ts — every metric of a graph, E-I over time, shortest paths — so the request
 * thread stays free to answer other requests (and /healthz) meanwhile. Each worker runs one job
 * at a time; jobs wait in one queue, bounded in all (ANALYTICS_QUEUE_MAX) and per viewer
 * (ANALYTICS_QUEUE_PER_VIEWER): past either, the job is refused with TOO_MANY_JOBS at once
 * instead of waiting longer than its request may live.
 *
 * A job is cancelled when every request waiting for it has been cancelled (the request
 * deadline, a client that went away; lib/deadline.ts): a waiting job leaves the queue, and the
 * worker running one is terminated — the only way to stop a computation in the middle — and
 * replaced when next needed.
 */

export interface PoolConfig {
  workers: number;
  queuePerViewer: number;
  queueMax: number;
}

/** Who waits for a job, and until when. */
export interface AnalyticsJobOptions {
  /** Counts the job against this viewer's queue bound (e.g. the session id); none: only the pool's bound applies. */
  viewerKey?: string | null | undefined;
  /** The request's signal (`ctx.signal`): when it fires, the job is dropped or its worker ended, unless another request shares it. */
  signal?: AbortSignal | undefined;
}

let config: PoolConfig = { workers: defaultAnalyticsWorkers(), queuePerViewer: 2, queueMax: 16 };

/** Sets the pool's size and bounds (startApp does, from the environment); running jobs are not disturbed. */
export function configureAnalyticsPool(next: Partial<PoolConfig>): void {
  config = { ...config, ...next };
  pump();
}

type Reply = { id: number; result: unknown } | { id: number; error: string };

interface Job {
  id: number;
  task: AnalyticsTask;
  input: unknown;
  viewerKey: string | null;
  state: 'queued' | 'running' | 'done';
  resolve(value: unknown): void;
  reject(error: unknown): void;
  /** Requests still waiting with a signal; `forever` when one waits without. */
  holders: number;
  forever: boolean;
  detach: (() => void)[];
  thread?: PoolThread;
}

interface PoolThread {
  worker: Worker;
  job: Job | null;
}

/**
 * The workers are TypeScript and import the workspace's TypeScript packages, and Node 20 runs
 * neither the API's tsx loader nor vitest's transform inside a worker: so each starts from a
 * tiny script that loads it through tsx's ESM API, the same way under `tsx` and tests.
 */
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.tsxApi)
  .then(({ tsImport }) => tsImport(workerData.entry, workerData.entry))
  .catch((error) => { console.error(error); process.exit(1); });
`;

function tsxEsmApi(): string {
  // require.resolve answers with the CommonJS build; the ESM build sits beside it.
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
  return pathToFileURL(cjs).href.replace(/\.cjs$/, '.mjs');
}

const threads = new Set<PoolThread>();
const queue: Job[] = [];
const queuedByViewer = new Map<string, number>();
const jobsByResult = new WeakMap<Promise<unknown>, Job>();
let nextId = 1;

function startThread(): PoolThread {
  const thread: PoolThread = {
    worker: new Worker(BOOTSTRAP, {
      eval: true,
      workerData: { tsxApi: tsxEsmApi(), entry: new URL('./metrics-worker.ts', import.meta.url).href },
    }),
    job: null,
  };
  thread.worker.on('message', (reply: Reply) => {
    const job = thread.job;
    if (!job || job.id !== reply.id) return;
    thread.job = null;
    if ('error' in reply) settle(job, new Error(`graph analytics: ${reply.error}`), undefined);
    else settle(job, null, reply.result);
    // An idle worker must not keep the process alive (tests, shutdown).
    thread.worker.unref();
    pump();
  });
  const lost = (error: Error) => {
    if (!threads.delete(thread)) return;
    const job = thread.job;
    thread.job = null;
    if (job) settle(job, error, undefined);
    pump();
  };
  thread.worker.on('error', lost);
  thread.worker.on('exit', (code) => lost(new Error(`graph analytics: the worker stopped (exit code ${code})`)));
  threads.add(thread);
  return thread;
}

/**
 * Starts one worker ahead of the first job: starting one (loading the analytics through tsx)
 * took about 400 ms here, which the first explorer visit after a start would otherwise wait.
 */
export function warmAnalyticsPool(): void {
  if (threads.size > 0 || config.workers === 0) return;
  // Idle, it must not keep the process alive.
  startThread().worker.unref();
}

function idleThread(): PoolThread | null {
  for (const thread of threads) if (!thread.job) return thread;
  return threads.size < config.workers ? startThread() : null;
}

/** Hands waiting jobs to idle workers, oldest first. */
function pump(): void {
  while (queue.length) {
    const thread = idleThread();
    if (!thread) return;
    const job = queue.shift()!;
    leaveQueue(job);
    job.state = 'running';
    job.thread = thread;
    thread.job = job;
    thread.worker.ref();
    handOver(thread, job);
  }
}

const handOvers: { thread: PoolThread; job: Job }[] = [];

/**
 * Copying a large input to a worker takes tens of milliseconds: each job is handed over on a
 * turn of the event loop of its own, so the request thread answers others (health checks,
 * small reads) between preparing the jobs and handing each over.
 */
function handOver(thread: PoolThread, job: Job): void {
  handOvers.push({ thread, job });
  if (handOvers.length === 1) setImmediate(handOverNext);
}

function handOverNext(): void {
  const next = handOvers.shift();
  if (!next) return;
  const { thread, job } = next;
  // A job cancelled meanwhile has had its worker ended; nothing to send.
  if (thread.job === job && job.state === 'running') {
    const message: AnalyticsJobMessage = { id: job.id, task: job.task, input: job.input };
    thread.worker.postMessage(message);
    job.input = undefined;
  }
  if (handOvers.length) setImmediate(handOverNext);
}

function leaveQueue(job: Job): void {
  if (job.viewerKey === null) return;
  const left = (queuedByViewer.get(job.viewerKey) ?? 1) - 1;
  if (left > 0) queuedByViewer.set(job.viewerKey, left);
  else queuedByViewer.delete(job.viewerKey);
}

function settle(job: Job, error: unknown, result: unknown): void {
  if (job.state === 'done') return;
  job.state = 'done';
  job.thread = undefined;
  for (const detach of job.detach) detach();
  job.detach = [];
  if (error) job.reject(error);
  else job.resolve(result);
}

/** Drops a waiting job, or ends the worker running it; a new worker starts when next needed. */
function cancel(job: Job, reason: unknown): void {
  if (job.state === 'queued') {
    queue.splice(queue.indexOf(job), 1);
    leaveQueue(job);
  } else if (job.state === 'running' && job.thread) {
    const thread = job.thread;
    threads.delete(thread);
    thread.job = null;
    void thread.worker.terminate();
  }
  settle(job, reason, undefined);
  pump();
}

/** One more request waits for the job; with no signal, the job is never cancelled. */
function hold(job: Job, signal: AbortSignal | undefined): void {
  if (job.state === 'done') return;
  if (!signal) {
    job.forever = true;
    return;
  }
  if (signal.aborted) return;
  job.holders += 1;
  const onAbort = () => {
    job.holders -= 1;
    if (!job.forever && job.holders === 0) cancel(job, signal.reason);
  };
  signal.addEventListener('abort', onAbort, { once: true });
  job.detach.push(() => signal.removeEventListener('abort', onAbort));
}

/**
 * Runs a task of analytics-tasks.ts in the pool. Refused at once with TOO_MANY_JOBS when it
 * would have to wait and the viewer already has ANALYTICS_QUEUE_PER_VIEWER jobs waiting, or
 * ANALYTICS_QUEUE_MAX jobs wait in all; rejected with the signal's reason (REQUEST_TIMEOUT)
 * when its request is cancelled first.
 */
export function runAnalyticsJob<T extends AnalyticsTask>(task: T, input: TaskInput<T>, options: AnalyticsJobOptions = {}): Promise<TaskResult<T>> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(signal.reason as Error);
  const viewerKey = options.viewerKey ?? null;
  const mustWait = queue.length > 0 || (threads.size >= config.workers && ![...threads].some((thread) => !thread.job));
  if (mustWait) {
    if (viewerKey !== null && (queuedByViewer.get(viewerKey) ?? 0) >= config.queuePerViewer) {
      return Promise.reject(tooManyJobs('VIEWER', config.queuePerViewer));
    }
    if (queue.length >= config.queueMax) return Promise.reject(tooManyJobs('SERVER', config.queueMax));
  }
  let job!: Job;
  const result = new Promise<TaskResult<T>>((resolve, reject) => {
    job = {
      id: nextId++,
      task,
      input,
      viewerKey,
      state: 'queued',
      resolve,
      reject,
      holders: 0,
      forever: false,
      detach: [],
    };
  });
  jobsByResult.set(result, job);
  hold(job, signal);
  queue.push(job);
  if (viewerKey !== null) queuedByViewer.set(viewerKey, (queuedByViewer.get(viewerKey) ?? 0) + 1);
  pump();
  return result;
}

/**
 * Another request waits for a job already started (a cached, shared result): the job is then
 * cancelled only when this request's signal has fired too. A promise that is not a pool job's
 * (or a finished one) is left alone.
 */
export function shareAnalyticsJob(result: Promise<unknown>, signal: AbortSignal | undefined): void {
  const job = jobsByResult.get(result);
  if (job) hold(job, signal);
}

/** What a request passes with its jobs: its viewer (the account, for the queue bound) and its signal. */
export function analyticsJobOf(ctx: Pick<GraphQLContext, 'viewer' | 'signal'>): AnalyticsJobOptions {
  return { viewerKey: ctx.viewer?.userId ?? null, signal: ctx.signal };
}

/**
 * Below this many nodes and edges to go through (summed over the days of a series), a task runs
 * on the request thread: some tens of milliseconds at most, less than a worker's round trip.
 */
export const INLINE_WORK_MAX = 20_000;

/** Runs the task here on the request thread: for inputs small enough that a worker's round trip costs more than the work. */
export function runAnalyticsInline<T extends AnalyticsTask>(task: T, input: TaskInput<T>): TaskResult<T> {
  return (ANALYTICS_TASKS[task] as (input: TaskInput<T>) => TaskResult<T>)(input);
}

/**
 * Computes every metric of a graph in the pool. `job` names the viewer (for the queue bound)
 * and the request's signal (to cancel); without it the job counts only against the pool's
 * bound and is never cancelled.
 */
export function computeMetricsInWorker(plain: PlainGraph, options: ComputeAllOptions, job: AnalyticsJobOptions = {}): Promise<AllMetrics> {
  return runAnalyticsJob('metrics', { plain, options }, job);
}

/** How the pool stands, for tests and diagnostics. */
export function analyticsPoolState(): { workers: number; busy: number; queued: number; queuedByViewer: Record<string, number> } {
  return {
    workers: threads.size,
    busy: [...threads].filter((thread) => thread.job).length,
    queued: queue.length,
    queuedByViewer: Object.fromEntries(queuedByViewer),
  };
}

/** Stops every worker and fails every job (workers start again on the next job). */
export async function stopMetricsWorker(): Promise<void> {
  const stopping = [...threads];
  threads.clear();
  const error = new Error('graph analytics: the pool was stopped');
  for (const job of queue.splice(0)) settle(job, error, undefined);
  queuedByViewer.clear();
  for (const thread of stopping) {
    if (thread.job) settle(thread.job, error, undefined);
    thread.job = null;
  }
  await Promise.all(stopping.map((thread) => thread.worker.terminate()));
}
