import type { Browser, BrowserContext } from 'playwright-core';
import { DEMO_LOGINS, DEMO_PASSWORD } from '@brobygger/db/seed';
import { appTiming, firstMark, fullFrameMark, type AppTiming } from './app-timing';
import { fetchCompactGraph, type GraphColumns } from './compact-graph';
import { heapUsage, pageNow, type HeapUsage } from './in-page';
import {
  measureFilter,
  measureHover,
  measureSearch,
  type FilterToggle,
  type Hover,
  type Interaction,
} from './interactions';
import {
  OBSERVE_INPUT_EVENTS,
  OBSERVE_LONG_TASKS,
  OBSERVE_POINTER_MOVES,
  type LongTask,
} from './page-scripts';
import { searchTarget, type SearchTarget } from './search-target';

/** Where the app keeps the positions its layout ended with (position-cache.ts), as [id, x, y]. */
const APP_POSITIONS = `(() => {
  try { return JSON.parse(sessionStorage.getItem('brobygger.graph.positions') ?? '[]'); } catch { return []; }
})()`;

export interface ExplorerRun {
  /** Timing when the first frame was drawn, and once the layout had settled. */
  load: AppTiming;
  settled: AppTiming;
  /** Whether ForceAtlas2 started by itself on load. */
  autoLayout: boolean;
  heap: HeapUsage;
  retainedHeap: HeapUsage;
  counts: string;
  canvas: { width: number; height: number } | null;
  columns: GraphColumns;
  appPositions: Map<string, [number, number]>;
  target: SearchTarget;
  search: Interaction;
  hover: Hover;
  filter: FilterToggle;
  /** Long tasks from the first interaction's layout run to the end of the last interaction. */
  interactionTasks: LongTask[];
}

/**
 * The explorer in a fresh context as the demo coordinator: load to the first frame and, if
 * the layout starts by itself, until it settles (and the full frame, for a build that marks
 * it); the heap then; the graph and the positions the layout ended with, for the bare page;
 * then search, hover and filter while the layout runs again.
 */
async function coordinatorContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1366, height: 768 },
    locale: 'nb-NO',
  });
  const login = DEMO_LOGINS.find((entry) => entry.role === 'COORDINATOR');
  if (!login) throw new Error('no demo coordinator login');
  await context.request.post('/graphql', {
    data: {
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { expiresAt } }',
      variables: { e: login.email, p: DEMO_PASSWORD },
    },
    headers: { 'apollo-require-preflight': 'true' },
  });
  return context;
}

/** A coordinator's mutation through the API, as the app sends it; throws on a GraphQL error. */
export async function asCoordinator(browser: Browser, baseURL: string, query: string): Promise<void> {
  const context = await coordinatorContext(browser, baseURL);
  try {
    const response = await context.request.post('/graphql', {
      data: { query },
      headers: { 'apollo-require-preflight': 'true' },
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(`${query}: ${JSON.stringify(body.errors)}`);
  } finally {
    await context.close();
  }
}

/**
 * Another coordinator opening the explorer in a fresh browser (nothing of the first visit
 * remembered in the page) on the same server: only the load, to the full frame.
 */
export async function revisitExplorer(browser: Browser, baseURL: string): Promise<AppTiming> {
  const context = await coordinatorContext(browser, baseURL);
  try {
    await context.addInitScript(OBSERVE_LONG_TASKS);
    const page = await context.newPage();
    await page.goto('/explorer');
    await firstMark(page);
    await fullFrameMark(page, 60_000);
    return await appTiming(page);
  } finally {
    await context.close();
  }
}

export async function runExplorer(browser: Browser, baseURL: string): Promise<ExplorerRun> {
  const context = await coordinatorContext(browser, baseURL);
  try {
    for (const script of [OBSERVE_LONG_TASKS, OBSERVE_INPUT_EVENTS, OBSERVE_POINTER_MOVES])
      await context.addInitScript(script);
    const page = await context.newPage();

    await page.goto('/explorer');
    await firstMark(page);
    const load = await appTiming(page);
    const canvas = await page.getByTestId('graph-canvas').boundingBox();

    // ForceAtlas2 stops on its own (30 s at 20,000 people); the badge says when.
    const autoLayout = await page.getByText('Layout kjører', { exact: true }).isVisible();
    if (autoLayout)
      await page.getByText('Layout i ro', { exact: true }).waitFor({ timeout: 120_000 });
    await fullFrameMark(page, 60_000);
    const settled = await appTiming(page);
    const heap = await heapUsage(context, page);
    const retainedHeap = await heapUsage(context, page, { collectGarbage: true });
    const counts =
      (await page
        .getByText(/noder · .* bånd$/)
        .first()
        .textContent()) ?? '';

    // After the app's own load, so its graph query found the server's cache cold.
    const columns = await fetchCompactGraph(context.request);
    const appPositions = new Map(
      (await page.evaluate<[string, number, number][]>(APP_POSITIONS)).map(([id, x, y]) => [
        id,
        [x, y] as [number, number],
      ]),
    );

    const target = searchTarget(columns);
    const interactionsFrom = await pageNow(page);
    const search = await measureSearch(page, target);
    const hover = await measureHover(page);
    const filter = await measureFilter(page);
    const interactionTasks = (await appTiming(page)).tasks.filter(
      (t) => t.start >= interactionsFrom,
    );

    return {
      load,
      settled,
      autoLayout,
      heap,
      retainedHeap,
      counts,
      canvas,
      columns,
      appPositions,
      target,
      search,
      hover,
      filter,
      interactionTasks,
    };
  } finally {
    await context.close();
  }
}
