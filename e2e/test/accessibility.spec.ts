import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from '@playwright/test';
import { expect, loginAs, test } from './fixtures';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// WCAG 2.1 AA, which Norwegian law (likestillings- og diskrimineringsloven) requires of these services.
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe-core over the whole page (header, menu and content) and lists serious and critical violations. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated rather than added as a <script>: the app's Content-Security-Policy forbids inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results: AxeResults = await page.evaluate(async (tags: string[]) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResults> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: tags } });
  }, WCAG_AA);
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}, ${v.nodes.length}): ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Opens a route, waits for its main heading (the explorer has none: for its drawn graph), and
 * returns what axe finds there, each line prefixed by the route.
 */
async function checkRoute(page: Page, route: string): Promise<string[]> {
  await page.goto(route);
  const ready =
    route === '/explorer' ? page.getByTestId('explorer-counts') : page.getByRole('main').getByRole('heading', { level: 1 });
  await expect(ready).toBeVisible({ timeout: 60_000 });
  // Lists and cards fill in after the heading; axe should see the page a person sees.
  await page.waitForLoadState('networkidle');
  return (await seriousViolations(page)).map((line) => `${route} — ${line}`);
}

/** The first detail page a list links to, as a person would reach it. */
async function firstLinkUnder(page: Page, list: string, prefix: string): Promise<string> {
  await page.goto(list);
  const link = page.getByRole('main').locator(`a[href^="${prefix}"]`).first();
  await expect(link).toBeVisible({ timeout: 30_000 });
  const href = await link.getAttribute('href');
  if (!href) throw new Error(`no link to ${prefix} on ${list}`);
  return href;
}

const ROLES = [
  {
    email: 'coordinator@example.org',
    routes: ['/explorer', '/participants', '/people', '/organizations', '/networks', '/agreements', '/opportunities', '/introductions', '/import', '/research'],
    details: [
      ['/participants', '/participants/'],
      ['/agreements', '/agreements/'],
    ],
  },
  { email: 'researcher@example.org', routes: ['/explorer', '/research'], details: [] },
  { email: 'employer@example.org', routes: ['/employer/candidates', '/employer/openings', '/employer/introductions'], details: [] },
  { email: 'participant@example.org', routes: ['/me'], details: [] },
  { email: 'admin@example.org', routes: ['/admin/accounts', '/admin/audit'], details: [] },
] as const;

for (const role of ROLES) {
  test(`axe finner ingen alvorlige brudd på WCAG 2.1 AA på sidene til ${role.email}`, async ({ page }) => {
    test.setTimeout(240_000);
    await loginAs(page, role.email);
    const routes: string[] = [...role.routes];
    for (const [list, prefix] of role.details) routes.push(await firstLinkUnder(page, list, prefix));
    const found: string[] = [];
    for (const route of routes) found.push(...(await checkRoute(page, route)));
    expect(found).toEqual([]);
  });
}

test.describe('på en telefon (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('axe finner ingen alvorlige brudd, og toppfeltet dekker verken innholdet eller seg selv', async ({ page }) => {
    test.setTimeout(180_000);
    await loginAs(page, 'coordinator@example.org');
    const found: string[] = [];
    for (const route of ['/explorer', '/participants', '/agreements', '/research']) {
      found.push(...(await checkRoute(page, route)));
      const header = await page.getByRole('banner').boundingBox();
      const heading = await page.getByRole('main').locator('h1, [data-testid="explorer-counts"]').first().boundingBox();
      expect(header?.height, `${route}: the header stays one line`).toBeLessThanOrEqual(60);
      expect(heading!.y, `${route}: the heading starts below the header`).toBeGreaterThanOrEqual(header!.y + header!.height);
    }
    expect(found).toEqual([]);

    // The menu waits beside the screen behind the burger, and slides in over the page.
    const agreements = page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Avtaler' });
    await expect(agreements).not.toBeInViewport();
    await page.getByRole('button', { name: 'Vis eller skjul menyen' }).click();
    await expect(agreements).toBeInViewport();
    // The account and language controls fit beside each other inside the screen.
    const account = await page.getByRole('button', { name: /Kontomeny/ }).boundingBox();
    const language = await page.getByRole('radiogroup', { name: /språk/i }).boundingBox();
    expect(account!.x + account!.width).toBeLessThanOrEqual(390);
    expect(language!.x + language!.width).toBeLessThanOrEqual(account!.x);
  });
});
