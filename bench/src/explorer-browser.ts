import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { DEMO_LOGINS, DEMO_PASSWORD } from '@brobygger/db/seed';
import type { BenchDatabase } from './fixture';
import { ms, report } from './stats';
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
    heap: performance.memory?.usedJSHeapSize ?? NaN,
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
async function startServer(databasePath: string, port: number): Promise<ChildProcess> {
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const child = spawn(process.execPath, [tsx, 'src/main.ts'], {
    cwd: API_DIR,
    env: {
      ...process.env,
      ...productionSettings(databasePath),
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
  heap: number;
  tasks: LongTask[];
  graph: { start: number; end: number; bytes: number } | null;
}

const userTiming = (page: Page) => page.evaluate<Timing>(READ_TIMING);

const longest = (tasks: readonly LongTask[]) => tasks.reduce<LongTask | null>((max, t) => (!max || t.duration > max.duration ? t : max), null);
const blocking = (tasks: readonly LongTask[]) => tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
const describe = (task: LongTask | null) => (task ? `${ms(task.duration)} (starting at ${ms(task.start)})` : 'none over 50 ms');

/**
 * Issue 3's figures: the explorer in Chromium against the real server on the synthetic
 * network — time to the first drawn frame, and the longest main-thread task while loading
 * and while ForceAtlas2 runs in its worker. User-timing marks in the app (build-graph.ts,
 * graph-canvas.tsx) say where the load's main-thread time goes.
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
  const server = await startServer(fixture.path, port);
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
    await page.waitForFunction(`performance.getEntriesByName('explorer:first-frame').length > 0`, undefined, { timeout: 180_000 });
    const load = await userTiming(page);

    // ForceAtlas2 stops on its own (30 s at this size); the badge says when.
    const running = await page.getByText('Layout kjører').isVisible();
    if (running) await page.getByText('Layout i ro').waitFor({ timeout: 120_000 });
    const after = await userTiming(page);

    const duringLoad = after.tasks.filter((t) => t.start < load.firstFrame);
    const duringLayout = after.tasks.filter((t) => t.start >= load.firstFrame);
    const counts = (await page.getByText(/\d+ noder · \d+ bånd/).textContent()) ?? '';
    report('Explorer in Chromium (synthetic network, coordinator)', [
      ['graph in view', counts],
      ['graph query (request to response)', load.graph ? `${ms(load.graph.end - load.graph.start)}, ${(load.graph.bytes / 1e6).toFixed(1)} MB, answered at ${ms(load.graph.end)}` : '–'],
      ['time to first drawn frame', ms(load.firstFrame)],
      ['  building the graphology graph', ms(load.buildGraph)],
      ['  sigma: index + first render', ms(load.sigmaInit)],
      ['longest task during load', describe(longest(duringLoad))],
      ['  blocking time during load', ms(blocking(duringLoad))],
      ['longest task while the layout runs', running ? describe(longest(duringLayout)) : 'layout not run (positions known)'],
      ['  long tasks while the layout runs', running ? `${duringLayout.length} over ${ms(after.now - load.firstFrame)}` : '–'],
      ['JS heap after layout', `${(after.heap / 1e6).toFixed(0)} MB`],
    ]);
  } finally {
    await browser.close();
    server.kill('SIGTERM');
  }
}
