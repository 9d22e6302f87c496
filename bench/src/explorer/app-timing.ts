import type { Page } from 'playwright-core';
import { becomesTrue, waitInPage } from './in-page';
import type { LongTask } from './page-scripts';

/**
 * The app's own user-timing marks (graph-canvas.tsx and its neighbours), each taken in the
 * task after the frame it names was drawn (requestAnimationFrame → setTimeout):
 * - explorer:first-frame: sigma's first frame, whatever is in it;
 * - explorer:first-useful-frame: every organisation and network at its final position, in
 *   sector colours;
 * - explorer:full-frame: every node and edge drawn at its final position.
 * A build without a mark reads NaN for it, which the report prints and leaves out of the file.
 */
const MARKS = ['explorer:first-frame', 'explorer:first-useful-frame', 'explorer:full-frame'];

export interface AppTiming {
  firstFrame: number;
  firstUsefulFrame: number;
  fullFrame: number;
  buildGraph: number;
  sigmaInit: number;
  now: number;
  tasks: LongTask[];
  graph: { start: number; end: number; bytes: number } | null;
}

const READ_TIMING = `(() => {
  const entry = (name) => performance.getEntriesByName(name)[0];
  return {
    firstFrame: entry('explorer:first-frame')?.startTime ?? NaN,
    firstUsefulFrame: entry('explorer:first-useful-frame')?.startTime ?? NaN,
    fullFrame: entry('explorer:full-frame')?.startTime ?? NaN,
    buildGraph: entry('explorer:build-graph')?.duration ?? NaN,
    sigmaInit: entry('explorer:sigma-init')?.duration ?? NaN,
    now: performance.now(),
    tasks: window.__longTasks,
    // The largest GraphQL answer is the graph itself.
    graph: performance.getEntriesByType('resource')
      .filter((e) => e.name.endsWith('/graphql'))
      .sort((a, b) => b.decodedBodySize - a.decodedBodySize)
      .map((e) => ({ start: e.startTime, end: e.responseEnd, bytes: e.decodedBodySize }))[0] ?? null,
  };
})()`;

export const appTiming = (page: Page) => page.evaluate<AppTiming>(READ_TIMING);

const hasMark = (name: string) =>
  `performance.getEntriesByName(${JSON.stringify(name)}).length > 0`;

/** Until the app has drawn something: the first of its frame marks, whichever this build sets. */
export const firstMark = (page: Page) => waitInPage(page, MARKS.map(hasMark).join(' || '), 180_000);

/**
 * Gives a build that marks its frames the time to mark the full frame (at most `timeoutMs`); a
 * build that marks neither new frame (an older one) is not waited for.
 */
export async function fullFrameMark(page: Page, timeoutMs: number): Promise<void> {
  if (
    !(await page.evaluate<boolean>(
      `${hasMark('explorer:first-useful-frame')} || ${hasMark('explorer:full-frame')}`,
    ))
  )
    return;
  await becomesTrue(page, hasMark('explorer:full-frame'), timeoutMs);
}
