import { parentPort } from 'node:worker_threads';
import { ANALYTICS_TASKS, type AnalyticsTask } from './analytics-tasks';

/** A job posted by analytics-pool.ts: a task of analytics-tasks.ts and its plain input. */
export interface AnalyticsJobMessage {
  id: number;
  task: AnalyticsTask;
  input: unknown;
}

// Runs inside a worker thread of the pool: one job at a time, in the order posted.
parentPort?.on('message', (job: AnalyticsJobMessage) => {
  try {
    const run = ANALYTICS_TASKS[job.task] as (input: unknown) => unknown;
    parentPort?.postMessage({ id: job.id, result: run(job.input) });
  } catch (error) {
    parentPort?.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
