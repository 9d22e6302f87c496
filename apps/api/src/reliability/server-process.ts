import type { DatabaseLocation } from '@brobygger/db';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RAISED_LIMITS } from '../testing/test-api';

const API_ROOT = resolve(fileURLToPath(import.meta.url), '../../..');

/** A port nobody listens on right now, on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

/** A temporary directory for a test's database files, removed by `cleanup()`. */
export function tempDir(prefix = 'brobygger-rel-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything the server printed on stdout so far. */
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGKILL if still running, and wait for the end. */
  kill(): Promise<void>;
}

export interface SpawnOptions {
  /** The SQLite file, or the PostgreSQL database when `url` is given (DATABASE_URL). */
  database: DatabaseLocation;
  seedDemo?: boolean;
  env?: Record<string, string>;
  /** How long to wait for /healthz before giving up. */
  startTimeoutMs?: number;
}

/**
 * The real server as a child process (`node --import tsx src/main.ts`) on 127.0.0.1 and a free
 * port, so a test can kill it the way an operating system or an orchestrator would.
 */
export async function spawnServer(options: SpawnOptions): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: API_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      ...(options.database.url ? { DATABASE_URL: options.database.url } : { DATABASE_PATH: options.database.path }),
      SEED_DEMO: options.seedDemo ? 'true' : 'false',
      // Raised on purpose, as in startTestApi: these tests send many requests from one address.
      ...RAISED_LIMITS,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  const url = `http://127.0.0.1:${port}`;
  const server: ServerProcess = {
    url,
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
  const deadline = Date.now() + (options.startTimeoutMs ?? 60_000);
  let ended = false;
  void exited.then(() => (ended = true));
  while (Date.now() < deadline) {
    if (ended) throw new Error(`The server exited before it was ready:\n${err || out}`);
    if (await isHealthy(url)) return server;
    await sleep(100);
  }
  await server.kill();
  throw new Error(`The server did not answer /healthz within the time limit:\n${err || out}`);
}

export async function isHealthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
    return response.ok;
  } catch {
    return false;
  }
}

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
