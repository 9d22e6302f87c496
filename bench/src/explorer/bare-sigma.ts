import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { median } from '../stats';
import type { BareGraph } from './bare-graph';
import { BARE_HTML, BARE_SCRIPT } from './bare-page';
import { heapUsage, totalHeap, waitInPage } from './in-page';

/** Bare runs per bench run; the figures are their medians. */
const RUNS = 3;

/**
 * sigma's and graphology's own browser builds (UMD, globals `Sigma` and `graphology`), from the
 * very copies the web app bundles: the same versions, nothing for the bench to install.
 */
function libraryFiles(): { sigma: Buffer; graphology: Buffer } {
  const web = createRequire(new URL('../../../apps/web/package.json', import.meta.url));
  return {
    sigma: readFileSync(join(dirname(web.resolve('sigma/package.json')), 'dist/sigma.min.js')),
    graphology: readFileSync(join(dirname(web.resolve('graphology')), 'graphology.umd.min.js')),
  };
}

/**
 * A small static server for the bare page. The graph is serialised once, before any page asks
 * for it: the bare page's time has download and parsing in it, but no server-side work, where
 * the app's has the API building (or finding in its cache) the graph.
 */
async function serveBarePage(
  graph: BareGraph,
): Promise<{ url: string; graphBytes: number; server: Server }> {
  const { sigma, graphology } = libraryFiles();
  const files: Record<string, [type: string, body: string | Buffer]> = {
    '/': ['text/html', BARE_HTML],
    '/bare.js': ['text/javascript', BARE_SCRIPT],
    '/sigma.js': ['text/javascript', sigma],
    '/graphology.js': ['text/javascript', graphology],
    '/graph.json': ['application/json', JSON.stringify(graph)],
  };
  const server = createServer((request, response) => {
    const file = files[new URL(request.url ?? '/', 'http://localhost').pathname];
    if (!file) return void response.writeHead(404).end();
    // Every run downloads everything, as a first visit does.
    response
      .writeHead(200, { 'content-type': `${file[0]}; charset=utf-8`, 'cache-control': 'no-store' })
      .end(file[1]);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('bare page server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    graphBytes: Buffer.byteLength(files['/graph.json']![1]),
    server,
  };
}

export interface BareSigmaResult {
  /** Median over the runs: navigation start to the full frame. */
  fullFrameMs: number;
  /** Median JS heap in use (page; the bare page has no workers), as found and after a collection. */
  heapBytes: number;
  retainedHeapBytes: number;
  graphBytes: number;
  runs: number;
}

/**
 * The same graph drawn by bare sigma + graphology in `browser`, each run in a fresh context
 * (its own renderer process and cache) with the app's viewport and canvas size.
 */
export async function runBareSigma(
  browser: Browser,
  graph: BareGraph,
  canvas: { width: number; height: number } | null,
): Promise<BareSigmaResult> {
  const { url, graphBytes, server } = await serveBarePage(graph);
  try {
    const frames: number[] = [];
    const heaps: number[] = [];
    const retained: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      try {
        const page = await context.newPage();
        await page.goto(
          canvas
            ? `${url}?width=${Math.round(canvas.width)}&height=${Math.round(canvas.height)}`
            : url,
        );
        await waitInPage(
          page,
          `performance.getEntriesByName('bare:full-frame').length > 0 || window.__bareError !== undefined`,
          180_000,
        );
        const error = await page.evaluate<string | undefined>('window.__bareError');
        if (error) throw new Error(`bare sigma page: ${error}`);
        frames.push(
          await page.evaluate<number>(
            `performance.getEntriesByName('bare:full-frame')[0].startTime`,
          ),
        );
        heaps.push(totalHeap(await heapUsage(context, page)));
        retained.push(totalHeap(await heapUsage(context, page, { collectGarbage: true })));
      } finally {
        await context.close();
      }
    }
    return {
      fullFrameMs: median(frames),
      heapBytes: median(heaps),
      retainedHeapBytes: median(retained),
      graphBytes,
      runs: RUNS,
    };
  } finally {
    await new Promise((done) => server.close(done));
  }
}
