import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AllMetrics, ComputeAllOptions, PlainGraph } from '@brobygger/graph';
import type { MetricsJob } from './metrics-worker';

type Reply = { id: number; result: AllMetrics } | { id: number; error: string };

/**
 * The worker is TypeScript and imports the workspace's TypeScript packages, and Node 20 runs
 * neither the API's tsx loader nor vitest's transform inside a worker: so the worker starts
 * from a tiny script that loads it through tsx's ESM API, the same way under `tsx` and tests.
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

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (m: AllMetrics) => void; reject: (e: Error) => void }>();

function failAll(error: Error): void {
  for (const job of pending.values()) job.reject(error);
  pending.clear();
  worker = null;
}

function startWorker(): Worker {
  const started = new Worker(BOOTSTRAP, {
    eval: true,
    workerData: { tsxApi: tsxEsmApi(), entry: new URL('./metrics-worker.ts', import.meta.url).href },
  });
  started.on('message', (reply: Reply) => {
    const job = pending.get(reply.id);
    if (!job) return;
    pending.delete(reply.id);
    if ('error' in reply) job.reject(new Error(`graph metrics: ${reply.error}`));
    else job.resolve(reply.result);
    // An idle worker must not keep the process alive (tests, shutdown).
    if (pending.size === 0) started.unref();
  });
  started.on('error', (error) => failAll(error));
  started.on('exit', (code) => {
    if (worker === started) failAll(new Error(`graph metrics: the worker stopped (exit code ${code})`));
  });
  return started;
}

/**
 * Computes every metric of a graph in the one long-lived worker thread, so the request
 * thread stays free to answer other requests meanwhile. Jobs run one after another: on a
 * small machine a second parallel sweep would only slow both down.
 */
export function computeMetricsInWorker(plain: PlainGraph, options: ComputeAllOptions): Promise<AllMetrics> {
  worker ??= startWorker();
  const id = nextId++;
  const job: MetricsJob = { id, plain, options };
  const result = new Promise<AllMetrics>((resolve, reject) => pending.set(id, { resolve, reject }));
  worker.ref();
  worker.postMessage(job);
  return result;
}

/** Stops the worker (it starts again on the next job). */
export async function stopMetricsWorker(): Promise<void> {
  const running = worker;
  failAll(new Error('graph metrics: the worker was stopped'));
  if (running) await running.terminate();
}
