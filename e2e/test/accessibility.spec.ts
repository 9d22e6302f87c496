import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from '@playwright/test';
import { expect, gql, loginAs, test } from './fixtures';

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

/** Opens a route and waits for its main heading (and on the explorer, for the graph's counter). */
async function openRoute(page: Page, route: string): Promise<void> {
  await page.goto(route);
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible({ timeout: 60_000 });
  if (route === '/explorer') await expect(page.getByTestId('explorer-counts')).toHaveText(/noder/, { timeout: 60_000 });
  // Lists and cards fill in after the heading; axe should see the page a person sees.
  await page.waitForLoadState('networkidle');
}

/** Opens a route and returns what axe finds there, each line prefixed by the route. */
async function checkRoute(page: Page, route: string): Promise<string[]> {
  await openRoute(page, route);
  return (await seriousViolations(page)).map((line) => `${route} — ${line}`);
}

/**
 * A page, and the forms and dialogs its buttons open there (each opened on a fresh load of the
 * page, checked open, and left unsent).
 */
interface PageWithForms {
  route: string;
  open?: readonly string[];
}

async function checkPageWithForms(page: Page, { route, open = [] }: PageWithForms): Promise<string[]> {
  const found = await checkRoute(page, route);
  for (const button of open) {
    await openRoute(page, route);
    const forms = page.locator('[role="dialog"], main form');
    const before = await forms.count();
    await page.getByRole('button', { name: button, exact: true }).first().click();
    await expect.poll(() => forms.count(), { message: `${route}: «${button}» opens a form` }).toBeGreaterThan(before);
    await page.waitForLoadState('networkidle');
    found.push(...(await seriousViolations(page)).map((line) => `${route} «${button}» — ${line}`));
  }
  return found;
}

/** The id of the first node of a list, asked of the API as a fixture would. */
async function firstId(page: Page, list: string, filter = ''): Promise<string> {
  const data = await gql<Record<string, { nodes: { id: string }[] }>>(page.request, `{ ${list}(first: 1${filter ? `, filter: ${filter}` : ''}) { nodes { id } } }`);
  const id = data[list]?.nodes[0]?.id;
  if (!id) throw new Error(`the demo data has no ${list} ${filter}`);
  return id;
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
      const heading = await page.getByRole('main').getByRole('heading', { level: 1 }).boundingBox();
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

/**
 * Beyond the menus: each role's detail pages and forms, found through the API as a fixture
 * would, with the forms their buttons open.
 */
const FORMS_AND_DETAILS: { email: string; pages: (page: Page) => Promise<PageWithForms[]> }[] = [
  {
    email: 'coordinator@example.org',
    pages: async (page) => {
      const person = await firstId(page, 'people', '{ isParticipant: false }');
      const participant = await firstId(page, 'people', '{ isParticipant: true }');
      const organization = await firstId(page, 'organizations');
      const network = await firstId(page, 'networks');
      const opening = await firstId(page, 'opportunities');
      const draft = await firstId(page, 'agreements', '{ statuses: [DRAFT] }');
      return [
        { route: `/people/${person}`, open: ['Slett'] },
        { route: `/participants/${participant}`, open: ['Legg til talent', 'Registrer endring', 'Endre oppfølging'] },
        { route: `/organizations/${organization}` },
        { route: `/networks/${network}` },
        { route: `/opportunities/${opening}` },
        { route: `/agreements/${draft}`, open: ['Rediger utkastet'] },
        { route: '/people/new' },
        { route: `/people/${person}/edit` },
        { route: '/organizations/new' },
        { route: `/organizations/${organization}/edit` },
        { route: '/networks/new' },
        { route: `/networks/${network}/edit` },
        { route: '/opportunities/new' },
        { route: `/opportunities/${opening}/edit` },
        { route: '/agreements/new' },
      ];
    },
  },
  {
    email: 'employer@example.org',
    pages: async (page) => {
      const { viewer } = await gql<{ viewer: { organization: { id: string } } }>(page.request, '{ viewer { organization { id } } }');
      const opening = await firstId(page, 'opportunities', `{ organizationId: "${viewer.organization.id}" }`);
      const agreement = await firstId(page, 'agreements');
      return [
        { route: `/employer/openings/${opening}` },
        { route: '/employer/openings/new' },
        { route: `/employer/openings/${opening}/edit` },
        { route: `/agreements/${agreement}` },
        { route: '/employer/candidates', open: ['Be om introduksjon'] },
      ];
    },
  },
  {
    email: 'admin@example.org',
    pages: () => Promise.resolve([{ route: '/admin/accounts', open: ['Endre coordinator@example.org'] }, { route: '/admin/accounts/new' }]),
  },
  { email: 'participant@example.org', pages: () => Promise.resolve([{ route: '/me', open: ['Legg til talent', 'Legg til mål', 'Slett dataene mine'] }]) },
];

/** The explorer with a node chosen: its details beside (below, on a phone) the map. */
async function checkExplorerFocus(page: Page, search: string): Promise<string[]> {
  await openRoute(page, '/explorer');
  await page.getByRole('combobox', { name: 'Søk i kartet' }).fill(search);
  await page.getByRole('option').first().click();
  await expect(page.getByRole('region', { name: 'Detaljer' })).toBeVisible();
  return (await seriousViolations(page)).map((line) => `/explorer med en node valgt — ${line}`);
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test.describe(`skjemaer og detaljsider på ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    for (const role of FORMS_AND_DETAILS) {
      test(`axe finner ingen alvorlige brudd i skjemaene og på detaljsidene til ${role.email}`, async ({ page }) => {
        test.setTimeout(300_000);
        await loginAs(page, role.email);
        const found: string[] = [];
        for (const entry of await role.pages(page)) found.push(...(await checkPageWithForms(page, entry)));
        expect(found).toEqual([]);
      });
    }

    test('axe finner ingen alvorlige brudd med en datokalender åpen, og kalenderen er på norsk', async ({ page }) => {
      await loginAs(page, 'coordinator@example.org');
      await openRoute(page, '/agreements/new');
      await page.getByLabel('Startdato').click();
      await expect(page.getByRole('button', { name: 'Neste måned' })).toBeVisible();
      // The days are named as a Norwegian reads them, whatever the browser's own language.
      const today = new Date();
      const name = `${today.getDate()}. ${today.toLocaleDateString('nb-NO', { month: 'long' })} ${today.getFullYear()}`;
      await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
      expect((await seriousViolations(page)).map((line) => `/agreements/new med kalenderen åpen — ${line}`)).toEqual([]);
    });

    for (const [email, search] of [
      ['coordinator@example.org', 'NAV'],
      // A researcher's map names every node by its research pseudonym (R-…).
      ['researcher@example.org', 'R-'],
    ] as const) {
      test(`axe finner ingen alvorlige brudd i nettverkskartet med en node valgt for ${email}`, async ({ page }) => {
        test.setTimeout(120_000);
        await loginAs(page, email);
        expect(await checkExplorerFocus(page, search)).toEqual([]);
      });
    }
  });
}
