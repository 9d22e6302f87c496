import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { BenchDatabase } from './fixture';
import { figure, line, report, type Cell, type Figure } from './figures';
import { freePort, startApiServer } from './explorer/api-server';
import { asCoordinator, revisitExplorer, runExplorer } from './explorer/app-page';
import { bareGraph, type PositionSources } from './explorer/bare-graph';
import { runBareSigma } from './explorer/bare-sigma';
import { totalHeap } from './explorer/in-page';
import type { Hover, Interaction } from './explorer/interactions';
import type { LongTask } from './explorer/page-scripts';

const WEB_BUILD = fileURLToPath(new URL('../../apps/web/dist/index.html', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const longest = (tasks: readonly LongTask[]) =>
  tasks.reduce<LongTask | null>((max, t) => (!max || t.duration > max.duration ? t : max), null);
const blocking = (tasks: readonly LongTask[]) =>
  tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
/** The longest task, as `explorer.<phase>.longestTaskMs` and its start. */
const describe = (phase: string, task: LongTask | null): Cell =>
  task
    ? line`${figure(`explorer.${phase}.longestTaskMs`, task.duration, 'ms')} (starting at ${figure(`explorer.${phase}.longestTaskStartMs`, task.start, 'ms')})`
    : 'none over 50 ms';
const mb = (bytes: number) => bytes / 1e6;
/** "22 550 noder" in Norwegian digits grouping: the digits only. */
const count = (text: string | undefined) => Number((text ?? '').replace(/\D/g, '') || Number.NaN);
/** A mark the build may not set yet: NaN is printed with the reason, and left out of the file. */
const marked = (value: Figure, mark: string): Cell =>
  Number.isFinite(value.value) ? value : line`${value} (this build sets no ${mark} mark)`;
const ratio = (id: string, app: number, bare: number) => figure(id, app / bare, '×');

const interaction = (id: string, result: Interaction): Cell =>
  line`${figure(id, result.ms, 'ms')} (worst of ${result.events} events: ${result.worst}${result.duringLayout ? '' : '; the layout was NOT running throughout'})`;
const hovered = (result: Hover): Cell =>
  line`${figure('explorer.hoverMs', result.ms, 'ms')} (${result.worst}, move ${result.moves}${result.duringLayout ? '' : '; the layout was NOT running throughout'})`;

function positionsFrom(sources: PositionSources): string {
  const parts = [
    sources.api ? `${sources.api} from the API (nodeX/nodeY)` : '',
    sources.app ? `${sources.app} where the app's layout left them` : '',
    sources.disc ? `${sources.disc} on a seeded random disc` : '',
  ];
  return parts.filter(Boolean).join(', ');
}

/**
 * The explorer in Chromium against the real server on the synthetic network, beside bare
 * sigma + graphology drawing the same graph in the same browser (issue 18):
 * - load: time to the app's first drawn frame, first useful frame and full frame (its own
 *   user-timing marks, app-timing.ts), the longest main-thread task while loading and while
 *   ForceAtlas2 runs in its worker, the JS heap of the page and its workers once it settles;
 * - bare sigma: the same nodes, edges and positions, downloaded as JSON and drawn with no app
 *   code (bare-page.ts), its full frame and heap, and the app's over them;
 * - interactions while the layout runs: search, filter and hover, from input to the end of
 *   their main-thread handling (interactions.ts).
 * Times are from navigation start on the page's clock; the app's are one run, bare sigma's the
 * median of its runs.
 */
export async function benchExplorerBrowser(fixture: BenchDatabase): Promise<void> {
  if (!existsSync(WEB_BUILD)) {
    report('Explorer in Chromium', [
      ['skipped', 'build the web app first: pnpm --filter @brobygger/web build'],
    ]);
    return;
  }
  if (!existsSync(CHROMIUM)) {
    report('Explorer in Chromium', [['skipped', `no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`]]);
    return;
  }
  const port = await freePort();
  const server = await startApiServer(fixture.location, port);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const baseURL = `http://localhost:${port}`;
    const app = await runExplorer(browser, baseURL);
    // The server now holds this graph version's view and picture: the next coordinator's visit.
    const unchanged = await revisitExplorer(browser, baseURL);
    // A write the graph shows (a new organisation, a node of its own): the view is read again,
    // and its picture drawn on from the last one.
    await asCoordinator(
      browser,
      baseURL,
      'mutation { createOrganization(input: { name: "Nytt NAV-kontor", sector: PUBLIC, kind: NAV_OFFICE }) { id } }',
    );
    const changed = await revisitExplorer(browser, baseURL);
    // A write the graph does not read (a talent added to a participant's journey): the region's
    // graph version stays, and with it the view and its picture.
    const [participant] = await fixture.plain.rows<{ id: string }>(`SELECT person_id AS id FROM participant_profiles ORDER BY person_id LIMIT 1`);
    await asCoordinator(
      browser,
      baseURL,
      `mutation { addTalent(personId: "${participant!.id}", input: { name: "Truckførerbevis", level: BASIC }) { id } }`,
    );
    const elsewhere = await revisitExplorer(browser, baseURL);
    // After the app's page is closed: its layout worker must not share the two cores.
    const bare = bareGraph(app.columns, app.appPositions);
    const baseline = await runBareSigma(browser, bare.graph, app.canvas);

    const { load, settled } = app;
    // The load ends with the app's first frame of any kind (a build may drop the plain first-frame mark).
    const loaded =
      [load.firstFrame, load.firstUsefulFrame, load.fullFrame]
        .filter(Number.isFinite)
        .sort((a, b) => a - b)[0] ?? Number.NaN;
    const duringLoad = settled.tasks.filter((t) => t.start < loaded);
    const duringLayout = settled.tasks.filter((t) => t.start >= loaded);
    const heap = totalHeap(app.heap);
    const workersHeap = heap - app.heap.page;
    const retained = totalHeap(app.retainedHeap);
    const counts = /^(.*) noder · (.*) bånd$/.exec(app.counts);
    const fullFrame = figure('explorer.fullFrameMs', settled.fullFrame, 'ms');
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
      [
        'time to first drawn frame (navigation start → mark, one run)',
        figure('explorer.firstFrameMs', load.firstFrame, 'ms'),
      ],
      [
        '  building the graphology graph (a large one in slices: the first to the last)',
        figure('explorer.buildGraphMs', settled.buildGraph, 'ms'),
      ],
      ['  sigma: index + first render', figure('explorer.sigmaInitMs', load.sigmaInit, 'ms')],
      [
        'first useful frame: organisations and networks placed, in sector colours (first visit after the server started, one run)',
        marked(
          figure('explorer.firstUsefulFrameMs', settled.firstUsefulFrame, 'ms'),
          'explorer:first-useful-frame',
        ),
      ],
      [
        'full frame: every node and edge placed (first visit, one run)',
        marked(fullFrame, 'explorer:full-frame'),
      ],
      [
        'another coordinator, no change since (view and picture cached): first useful / full frame',
        line`${figure('explorer.cachedView.firstUsefulFrameMs', unchanged.firstUsefulFrame, 'ms')} / ${figure('explorer.cachedView.fullFrameMs', unchanged.fullFrame, 'ms')}`,
      ],
      [
        'another coordinator after a write the graph shows (a new organisation: view read again, picture drawn on from the last): first useful / full frame',
        line`${figure('explorer.afterWrite.firstUsefulFrameMs', changed.firstUsefulFrame, 'ms')} / ${figure('explorer.afterWrite.fullFrameMs', changed.fullFrame, 'ms')}`,
      ],
      [
        'another coordinator after a write the graph does not read (a talent added: view and picture cached): first useful / full frame',
        line`${figure('explorer.afterOtherWrite.firstUsefulFrameMs', elsewhere.firstUsefulFrame, 'ms')} / ${figure('explorer.afterOtherWrite.fullFrameMs', elsewhere.fullFrame, 'ms')}`,
      ],
      [
        `bare sigma + graphology, same graph: full frame (median of ${baseline.runs})`,
        line`${figure('explorer.bareSigmaFullFrameMs', baseline.fullFrameMs, 'ms')} (its JSON ${figure('explorer.bareSigmaGraphMB', mb(baseline.graphBytes), 'MB')}, served from memory)`,
      ],
      [
        '  app full frame / bare sigma',
        ratio('explorer.fullFrameVsBareSigma', settled.fullFrame, baseline.fullFrameMs),
      ],
      ['  node positions given to bare sigma', positionsFrom(bare.sources)],
      ['longest task during load', describe('load', longest(duringLoad))],
      [
        '  blocking time during load',
        figure('explorer.load.blockingMs', blocking(duringLoad), 'ms'),
      ],
      [
        'longest task while the layout runs',
        app.autoLayout
          ? describe('layout', longest(duringLayout))
          : 'layout not run on load (positions known)',
      ],
      [
        '  long tasks while the layout runs',
        app.autoLayout
          ? line`${figure('explorer.layout.longTasks', duringLayout.length, 'count')} over ${figure('explorer.layout.observedMs', settled.now - loaded, 'ms')}`
          : '–',
      ],
      [
        `JS heap ${app.autoLayout ? 'after layout' : 'after load'}, page and workers`,
        line`${figure('explorer.heapMB', mb(heap), 'MB')} (page ${figure('explorer.pageHeapMB', mb(app.heap.page), 'MB')}, workers ${figure('explorer.workerHeapMB', mb(workersHeap), 'MB')} in ${figure('explorer.workers', app.heap.workers.length, 'count')})`,
      ],
      [
        `bare sigma JS heap after its full frame (median of ${baseline.runs})`,
        figure('explorer.bareSigmaHeapMB', mb(baseline.heapBytes), 'MB'),
      ],
      ['  app / bare sigma', ratio('explorer.heapVsBareSigma', heap, baseline.heapBytes)],
      [
        'JS heap retained after a garbage collection: app / bare sigma',
        line`${figure('explorer.retainedHeapMB', mb(retained), 'MB')} / ${figure('explorer.bareSigmaRetainedHeapMB', mb(baseline.retainedHeapBytes), 'MB')} = ${ratio('explorer.retainedHeapVsBareSigma', retained, baseline.retainedHeapBytes)}`,
      ],
      [
        `search while the layout runs (Event Timing, processingEnd − startTime, worst event): "${app.target.typed}" → ${app.target.label}`,
        interaction('explorer.searchMs', app.search),
      ],
      [
        'filter toggle while the layout runs (Event Timing; input handling only, not the re-query it starts)',
        interaction('explorer.filterMs', app.filter),
      ],
      [
        '  the filtered graph: key press → its frame on screen (on the server: the filter applied, its picture cut from the whole map; answer read, graph built, drawn)',
        line`${figure('explorer.filterRedrawMs', app.filter.redrawMs, 'ms')} (longest task in it ${figure('explorer.filterRedraw.longestTaskMs', app.filter.redrawLongestTaskMs, 'ms')})`,
      ],
      [
        'hover onto a node while the layout runs (mousemove timeStamp → end of its dispatch; Event Timing omits mousemove)',
        hovered(app.hover),
      ],
      [
        'longest task during the interactions',
        describe('interactions', longest(app.interactionTasks)),
      ],
    ]);
  } finally {
    await browser.close();
    server.kill('SIGTERM');
  }
}
