import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { DatabaseLocation } from '@brobygger/db';
import { DEMO_LOGINS, DEMO_PASSWORD } from '@brobygger/db/seed';
import type { BenchDatabase } from './fixture';
import { figure, line, report, type Cell } from './figures';
import { productionSettings } from './production-settings';

const API_DIR = fileURLToPath(new URL('../../apps/api/', import.meta.url));
const WEB_BUILD = fileURLToPath(new URL('../../apps/web/dist/index.html', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

interface LongTask {
  start: number;
  duration: number;
}

/**
 * Records every main-thread task over 50 ms from the first script on, before the app runs.
 * Page scripts are strings: the bench's own compiler would otherwise add helpers to them.
 */
const OBSERVE_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

const READ_TIMING = `(() => {
  const entry = (name) => performance.getEntriesByName(name)[0];
  return {
    firstFrame: entry('explorer:first-frame')?.startTime ?? NaN,
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

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The real server, as `pnpm start` runs it, in its own process on the fixture's database. */
async function startServer(database: DatabaseLocation, port: number): Promise<ChildProcess> {
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const child = spawn(process.execPath, [tsx, 'src/main.ts'], {
    cwd: API_DIR,
    env: {
      ...process.env,
      ...productionSettings(database),
      PORT: String(port),
      // Plain http on localhost: a Secure cookie would not come back.
      COOKIE_SECURE: 'false',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}): ${stderr}`);
    try {
      if ((await fetch(`http://localhost:${port}/`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGTERM');
  throw new Error(`server did not answer within 120 s: ${stderr}`);
}

interface Timing {
  firstFrame: number;
  buildGraph: number;
  sigmaInit: number;
  now: number;
  tasks: LongTask[];
  graph: { start: number; end: number; bytes: number } | null;
}

const userTiming = (page: Page) => page.evaluate<Timing>(READ_TIMING);

/**
 * Waits until `expression` is true in the page, asking from here every 50 ms. Not
 * page.waitForFunction: that compiles its predicate inside the page, which the app's
 * Content-Security-Policy (script-src 'self', no 'unsafe-eval') refuses, and the app is
 * measured under the policy it is served with. page.evaluate runs through the debugging
 * protocol, which the policy does not govern. The times themselves are read from the page's
 * own clock, so polling does not delay them.
 */
async function waitInPage(page: Page, expression: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate<boolean>(expression))) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${expression}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/**
 * The V8 heap in use by the page and by each of its workers (the layout's among them), read
 * through the debugging protocol: performance.memory sees the page's heap only, and coarsely.
 */
async function heapUsage(context: BrowserContext, page: Page): Promise<{ page: number; workers: number[] }> {
  const cdp = await context.newCDPSession(page);
  try {
    const pageHeap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const sessions: string[] = [];
    cdp.on('Target.attachedToTarget', (event) => {
      if (event.targetInfo.type === 'worker') sessions.push(event.sessionId);
    });
    const replies = new Map<number, (message: { result?: { usedSize: number } }) => void>();
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      const message = JSON.parse(event.message) as { id: number; result?: { usedSize: number } };
      replies.get(message.id)?.(message);
    });
    // Attaching reports the workers already running; their sessions take messages wrapped in this session's.
    await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    await new Promise((done) => setTimeout(done, 500));
    const workers: number[] = [];
    for (const [i, sessionId] of sessions.entries()) {
      const reply = new Promise<{ result?: { usedSize: number } }>((done) => replies.set(i + 1, done));
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: i + 1, method: 'Runtime.getHeapUsage' }) });
      const answer = await Promise.race([reply, new Promise<null>((done) => setTimeout(() => done(null), 5_000))]);
      if (!answer?.result) throw new Error('a worker did not report its heap');
      workers.push(answer.result.usedSize);
    }
    return { page: pageHeap, workers };
  } finally {
    await cdp.detach();
  }
}

const longest = (tasks: readonly LongTask[]) => tasks.reduce<LongTask | null>((max, t) => (!max || t.duration > max.duration ? t : max), null);
const blocking = (tasks: readonly LongTask[]) => tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
/** The longest task, as `explorer.<phase>.longestTaskMs` and its start. */
const describe = (phase: string, task: LongTask | null): Cell =>
  task
    ? line`${figure(`explorer.${phase}.longestTaskMs`, task.duration, 'ms')} (starting at ${figure(`explorer.${phase}.longestTaskStartMs`, task.start, 'ms')})`
    : 'none over 50 ms';
const mb = (bytes: number) => bytes / 1e6;
/** "22 550 noder" in Norwegian digits grouping: the digits only. */
const count = (text: string | undefined) => Number((text ?? '').replace(/\D/g, '') || Number.NaN);

/**
 * The explorer in Chromium against the real server on the synthetic network — time to the
 * first drawn frame, the longest main-thread task while loading and while ForceAtlas2 runs in
 * its worker, and the JS heap of the page and its workers once the layout has settled.
 * User-timing marks in the app (build-graph.ts, graph-canvas.tsx) say where the load's
 * main-thread time goes. The first drawn frame is what the app marks today; it is not yet the
 * "first useful frame" (everything at its final position) of issue 18, and is reported under
 * its own id.
 */
export async function benchExplorerBrowser(fixture: BenchDatabase): Promise<void> {
  if (!existsSync(WEB_BUILD)) {
    report('Explorer in Chromium', [['skipped', 'build the web app first: pnpm --filter @brobygger/web build']]);
    return;
  }
  if (!existsSync(CHROMIUM)) {
    report('Explorer in Chromium', [['skipped', `no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`]]);
    return;
  }
  const port = await freePort();
  const server = await startServer(fixture.location, port);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ baseURL: `http://localhost:${port}`, viewport: { width: 1366, height: 768 }, locale: 'nb-NO' });
    const login = DEMO_LOGINS.find((entry) => entry.role === 'COORDINATOR');
    if (!login) throw new Error('no demo coordinator login');
    await context.request.post('/graphql', {
      data: { query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { expiresAt } }', variables: { e: login.email, p: DEMO_PASSWORD } },
      headers: { 'apollo-require-preflight': 'true' },
    });
    await context.addInitScript(OBSERVE_LONG_TASKS);
    const page = await context.newPage();

    await page.goto('/explorer');
    await waitInPage(page, `performance.getEntriesByName('explorer:first-frame').length > 0`, 180_000);
    const load = await userTiming(page);

    // ForceAtlas2 stops on its own (30 s at this size); the badge says when.
    const running = await page.getByText('Layout kjører').isVisible();
    if (running) await page.getByText('Layout i ro').waitFor({ timeout: 120_000 });
    const after = await userTiming(page);
    const heap = await heapUsage(context, page);
    const workersHeap = heap.workers.reduce((a, b) => a + b, 0);

    const duringLoad = after.tasks.filter((t) => t.start < load.firstFrame);
    const duringLayout = after.tasks.filter((t) => t.start >= load.firstFrame);
    const counts = /^(.*) noder · (.*) bånd$/.exec((await page.getByText(/noder · .* bånd$/).first().textContent()) ?? '');
    report('Explorer in Chromium (synthetic network, coordinator)', [
      [
        'graph in view',
        line`${figure('explorer.nodes', count(counts?.[1]), 'count')} noder · ${figure('explorer.edges', count(counts?.[2]), 'count')} bånd`,
      ],
      [
        'graph query (request to response)',
        load.graph
          ? line`${figure('explorer.graphQueryMs', load.graph.end - load.graph.start, 'ms')}, ${figure('explorer.graphQueryMB', mb(load.graph.bytes), 'MB')}, answered at ${figure('explorer.graphAnsweredAtMs', load.graph.end, 'ms')}`
          : '–',
      ],
      ['time to first drawn frame', figure('explorer.firstFrameMs', load.firstFrame, 'ms')],
      ['  building the graphology graph', figure('explorer.buildGraphMs', load.buildGraph, 'ms')],
      ['  sigma: index + first render', figure('explorer.sigmaInitMs', load.sigmaInit, 'ms')],
      ['longest task during load', describe('load', longest(duringLoad))],
      ['  blocking time during load', figure('explorer.load.blockingMs', blocking(duringLoad), 'ms')],
      ['longest task while the layout runs', running ? describe('layout', longest(duringLayout)) : 'layout not run (positions known)'],
      [
        '  long tasks while the layout runs',
        running
          ? line`${figure('explorer.layout.longTasks', duringLayout.length, 'count')} over ${figure('explorer.layout.observedMs', after.now - load.firstFrame, 'ms')}`
          : '–',
      ],
      [
        'JS heap after layout, page and workers',
        line`${figure('explorer.heapMB', mb(heap.page + workersHeap), 'MB')} (page ${figure('explorer.pageHeapMB', mb(heap.page), 'MB')}, workers ${figure('explorer.workerHeapMB', mb(workersHeap), 'MB')} in ${figure('explorer.workers', heap.workers.length, 'count')})`,
      ],
    ]);
  } finally {
    await browser.close();
    server.kill('SIGTERM');
  }
}
