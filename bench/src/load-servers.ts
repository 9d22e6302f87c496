import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatabaseLocation } from '@brobygger/db';
import { productionSettings } from './production-settings';

const REPO_ROOT = resolve(fileURLToPath(import.meta.url), '../../..');

export interface ChildServer {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, timeoutMs: number, log: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${log()}`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2_000) })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`server did not come up:\n${log()}`);
}

async function start(args: string[], cwd: string, env: Record<string, string>, probe: string): Promise<ChildServer> {
  const port = await freePort();
  const child = spawn(process.execPath, args, {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  await waitFor(`${url}${probe}`, child, 120_000, () => stderr);
  return {
    url,
    child,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * What `pnpm start` gives node (apps/api/package.json): a young generation large enough that a
 * request's short-lived objects (a graph's answer, a page of rows) die young instead of being
 * copied into the old generation (docs/performance.md, "the server's young generation").
 */
const SERVER_NODE_FLAGS = ['--max-semi-space-size=64'];

/**
 * Brobygger in a process of its own (production settings, no request log) on the fixture's
 * database, so the load generator and the server do not share one event loop.
 */
export function startApiProcess(database: DatabaseLocation): Promise<ChildServer> {
  return start(
    // BENCH_API_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" shows where the server spends its time.
    // The server's own V8 setting, as `pnpm start` runs it (apps/api/package.json).
    [...SERVER_NODE_FLAGS, ...(process.env.BENCH_API_NODE_ARGS?.split(' ').filter(Boolean) ?? []), '--import', 'tsx', 'src/main.ts'],
    resolve(REPO_ROOT, 'apps/api'),
    productionSettings(database),
    '/healthz',
  );
}

/** The ceiling: a bare Node HTTP server answering every request with one fixed JSON body. */
export function startBareProcess(bodyBytes: number): Promise<ChildServer> {
  const program = `
    const http = require('node:http');
    const body = Buffer.from(JSON.stringify({ data: { padding: 'x'.repeat(Math.max(0, ${bodyBytes} - 24)) } }));
    http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
        res.end(body);
      });
    }).listen(Number(process.env.PORT), process.env.HOST);
  `;
  return start(['-e', program], REPO_ROOT, {}, '/');
}
