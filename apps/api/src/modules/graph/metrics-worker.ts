import { parentPort } from 'node:worker_threads';
import { computeAllMetrics, type ComputeAllOptions, type PlainGraph } from '@brobygger/graph';

/** A job posted by metrics-runner.ts. */
export interface MetricsJob {
  id: number;
  plain: PlainGraph;
  options: ComputeAllOptions;
}

// Runs inside the worker thread: one job at a time, in the order posted.
parentPort?.on('message', (job: MetricsJob) => {
  try {
    parentPort?.postMessage({ id: job.id, result: computeAllMetrics(job.plain, job.options) });
  } catch (error) {
    parentPort?.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
