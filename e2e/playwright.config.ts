import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4100);
// E2E_BASE_URL points the specs at a server already running (development); CI starts its own.
const external = process.env.E2E_BASE_URL;

// A fresh database for every run; kept in the environment so the config, loaded again in each
// worker, agrees with the server the main process started.
process.env.E2E_DATABASE_PATH ??= join(mkdtempSync(join(tmpdir(), 'brobygger-e2e-')), 'e2e.db');

export default defineConfig({
  testDir: './test',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: external ?? `http://localhost:${PORT}`,
    actionTimeout: 15_000,
    viewport: { width: 1366, height: 768 },
    locale: 'nb-NO',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Playwright cannot download its own browsers here: Debian's Chromium is used instead.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: external
    ? undefined
    : {
        // The real server, serving the freshly built web app; it seeds the empty database on start.
        command: 'pnpm --filter @brobygger/web build && pnpm --filter @brobygger/api start',
        cwd: '..',
        url: `http://localhost:${PORT}/`,
        reuseExistingServer: false,
        timeout: 240_000,
        stdout: 'ignore',
        stderr: 'pipe',
        // One browser clicks through every screen from one address, faster than a person: the
        // rate limits are raised on purpose (README, "Limits"), so no spec is throttled by surprise.
        env: {
          DATABASE_PATH: process.env.E2E_DATABASE_PATH,
          PORT: String(PORT),
          RATE_LIMIT_SESSION_PER_SECOND: '10000',
          RATE_LIMIT_SESSION_BURST: '10000',
          RATE_LIMIT_ADDRESS_PER_SECOND: '10000',
          RATE_LIMIT_ADDRESS_BURST: '10000',
          RATE_LIMIT_LOGINS_PER_MINUTE: '10000',
          PASSWORD_HASH_QUEUE_PER_ADDRESS: '1000',
        },
      },
});
