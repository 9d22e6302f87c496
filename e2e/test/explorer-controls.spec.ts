import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from '@playwright/test';
import { expect, loginAs, test } from './fixtures';

// Numbers are written the Norwegian way: "1 759" with a (no-break) space between thousands.
const COUNTS = /^[\d\s]+ noder · [\d\s]+ bånd$/;
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core over the explorer (the page's <main>: the app's header and menu are checked by
 * their own specs) and returns the serious and critical violations, one line each.
 */
async function seriousViolations(page: Page, selector = 'main'): Promise<string[]> {
  // Evaluated rather than added as a <script>: the app's Content-Security-Policy forbids inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results: AxeResults = await page.evaluate(async (include: string) => {
    const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<AxeResults> } }).axe;
    return axe.run({ include: [[include]] });
  }, selector);
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Opens the explorer and waits until the graph is drawn and the counter has spoken. */
async function openExplorer(page: Page): Promise<void> {
  await page.goto('/explorer');
  await expect(page.getByTestId('explorer-counts')).toHaveText(COUNTS, { timeout: 60_000 });
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-camera-ratio', /\d/);
  // The layout moves nodes, not the camera; stopped, it leaves the machine to the test.
  const stop = page.getByRole('button', { name: 'Stopp layout' });
  if (await stop.isVisible()) await stop.click();
}

async function cameraOf(page: Page): Promise<{ x: number; y: number; ratio: number }> {
  const canvas = page.getByTestId('graph-canvas');
  return {
    x: Number(await canvas.getAttribute('data-camera-x')),
    y: Number(await canvas.getAttribute('data-camera-y')),
    ratio: Number(await canvas.getAttribute('data-camera-ratio')),
  };
}

const ratio = (page: Page) => async () => (await cameraOf(page)).ratio;

function countsOf(text: string | null): { nodes: number; edges: number } {
  const [nodes, edges] = (text ?? '').split('·').map((part) => Number(part.replace(/\D/g, '')));
  return { nodes: nodes ?? NaN, edges: edges ?? NaN };
}

test('zoomknappene og tastene +, − og 0 flytter kameraet, og «Vis hele kartet» viser alt igjen', async ({ coordinator: page }) => {
  await openExplorer(page);
  expect((await cameraOf(page)).ratio).toBeCloseTo(1, 3);
  const controls = page.getByRole('group', { name: 'Zoom og utsnitt' });

  await controls.getByRole('button', { name: 'Zoom inn' }).click();
  await expect.poll(ratio(page)).toBeCloseTo(1 / 1.5, 3);
  await expect(page.getByTestId('zoom-level')).toHaveText(/^150\s%$/);

  // Each step is waited for: a press while the camera still moves zooms from where it is then.
  await controls.getByRole('button', { name: 'Zoom ut' }).click();
  await expect.poll(ratio(page)).toBeCloseTo(1, 3);
  await controls.getByRole('button', { name: 'Zoom ut' }).click();
  await expect.poll(ratio(page)).toBeCloseTo(1.5, 3);

  await controls.getByRole('button', { name: 'Vis hele kartet' }).click();
  await expect.poll(ratio(page)).toBeCloseTo(1, 3);

  // From the keyboard: Tab reaches the canvas, whose name says how to use it.
  const canvas = page.getByRole('application', { name: /Samarbeidsnettverk med [\d\s]+ noder/ });
  await canvas.focus();
  await expect(canvas).toBeFocused();
  await page.keyboard.type('+');
  await expect.poll(ratio(page)).toBeLessThan(0.7);
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await cameraOf(page)).x).toBeGreaterThan(0.5);
  await page.keyboard.type('0');
  await expect.poll(ratio(page)).toBeCloseTo(1, 3);
  await page.keyboard.type('-');
  await expect.poll(ratio(page)).toBeGreaterThan(1.4);
});

test('et søk flytter kameraet til noden og viser naboene', async ({ coordinator: page }) => {
  await openExplorer(page);
  const before = await cameraOf(page);

  await page.getByRole('combobox', { name: 'Søk i kartet' }).fill('NAV Skien');
  await page.getByRole('option', { name: /^NAV Skien · Organisasjon/ }).click();

  await expect(page.getByRole('heading', { name: 'NAV Skien' })).toBeVisible();
  await expect.poll(ratio(page)).toBeLessThanOrEqual(0.5);
  const after = await cameraOf(page);
  expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeGreaterThan(0.01);
  await expect(page.getByText(/^[\d\s]+ bånd · [\d\s]+ på tvers av sektorer$/)).toBeVisible();
});

test('telleren følger datoen på glidebryteren', async ({ coordinator: page }) => {
  await openExplorer(page);
  const counter = page.getByTestId('explorer-counts');
  const today = countsOf(await counter.textContent());
  expect(today.nodes).toBeGreaterThan(100);

  const slider = page.getByRole('slider', { name: 'Dato for nettverket' });
  await slider.focus();
  await page.keyboard.press('Home');
  // The first day: hardly anyone had joined yet, and the counter says so.
  await expect.poll(async () => countsOf(await counter.textContent()).nodes).toBeLessThan(today.nodes);
  const first = countsOf(await counter.textContent());
  expect(first.edges).toBeLessThan(today.edges);
  await expect(slider).toHaveAttribute('aria-valuetext', /^\d{1,2}\. [a-zæøå]+\.? \d{4}$/);
  // A day chosen wakes the "I dag" button: readable too (WCAG AA).
  expect(await seriousViolations(page)).toEqual([]);
  // The canvas's name, which a screen reader reads, follows the date as well.
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute(
    'aria-label',
    `Samarbeidsnettverk med ${await numberText(page, first.nodes)} noder og ${await numberText(page, first.edges)} bånd`,
  );

  await page.keyboard.press('End');
  await expect.poll(async () => countsOf(await counter.textContent())).toEqual(today);
  await expect(page.getByRole('button', { name: 'I dag' })).toBeDisabled();
});

async function numberText(page: Page, value: number): Promise<string> {
  return page.evaluate((n: number) => new Intl.NumberFormat('nb-NO').format(n), value);
}

test('tabellvisningen lister nodene og båndene, sorterer, og «Vis i kartet» viser noden', async ({ coordinator: page }) => {
  await openExplorer(page);
  const before = await cameraOf(page);
  await page.getByRole('button', { name: 'Tabellvisning' }).click();
  await expect(page.getByRole('button', { name: 'Tabellvisning' })).toHaveAttribute('aria-pressed', 'true');

  const table = page.getByRole('table');
  await expect(table.getByRole('rowheader').first()).toBeVisible();
  await expect(table.getByRole('columnheader', { name: /Bånd/ })).toHaveAttribute('aria-sort', 'descending');
  const ties = await table.getByRole('row').nth(1).getByRole('cell').nth(2).textContent();
  const next = await table.getByRole('row').nth(2).getByRole('cell').nth(2).textContent();
  expect(Number(ties?.replace(/\D/g, ''))).toBeGreaterThanOrEqual(Number(next?.replace(/\D/g, '')));

  await table.getByRole('button', { name: /^Navn/ }).click();
  await expect(table.getByRole('columnheader', { name: /Navn/ })).toHaveAttribute('aria-sort', 'ascending');

  await page.getByRole('tab', { name: /bånd$/ }).click();
  await expect(page.getByRole('table').getByRole('columnheader', { name: /Type bånd/ })).toBeVisible();
  await page.getByRole('tab', { name: /noder$/ }).click();

  await page.getByRole('textbox', { name: 'Filtrer på navn' }).fill('NAV Skien');
  await page.getByRole('button', { name: 'Vis i kartet: NAV Skien' }).click();

  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'NAV Skien' })).toBeFocused();
  await expect.poll(ratio(page)).toBeLessThanOrEqual(0.5);
  const after = await cameraOf(page);
  expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeGreaterThan(0.01);
});

test('PNG-eksporten gir hele kartet med tittel, dato og tegnforklaring', async ({ coordinator: page }) => {
  await openExplorer(page);
  await page.getByRole('button', { name: 'Zoom inn' }).click();
  await page.getByRole('button', { name: 'Eksporter' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Bilde (PNG)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^brobygger-nettverk-\d{4}-\d{2}-\d{2}\.png$/);
  const png = readFileSync(await file.path());
  // Width and height from the PNG header: the whole graph (1400 × 1000) plus title and legend.
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect(width).toBeGreaterThanOrEqual(1400);
  expect(height).toBeGreaterThan(1000 + 150);
});

test('SVG-eksporten gir hele kartet som vektorgrafikk, med noder, bånd, navn og tegnforklaring på norsk', async ({ coordinator: page }) => {
  await openExplorer(page);
  // A chosen node's name is always shown: the picture shows it too.
  await page.getByRole('combobox', { name: 'Søk i kartet' }).fill('NAV Skien');
  await page.getByRole('option', { name: /^NAV Skien · Organisasjon/ }).click();
  await expect(page.getByRole('heading', { name: 'NAV Skien' })).toBeVisible();
  await page.getByRole('button', { name: 'Eksporter' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Vektorbilde (SVG)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^brobygger-nettverk-\d{4}-\d{2}-\d{2}\.svg$/);
  const svg = readFileSync(await file.path(), 'utf8');
  expect(svg.startsWith('<?xml')).toBe(true);
  expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"');

  // The browser reads it as an SVG image, and it holds what the canvas shows.
  const counts = countsOf(await page.getByTestId('explorer-counts').textContent());
  const read = await page.evaluate((text: string) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const texts = (selector: string) => Array.from(doc.querySelectorAll(selector), (t) => t.textContent ?? '');
    return {
      parsed: doc.documentElement.tagName === 'svg' && doc.querySelector('parsererror') === null,
      nodes: doc.querySelectorAll('#nodes > *').length,
      ties: doc.querySelectorAll('#ties line').length,
      fills: [...new Set(Array.from(doc.querySelectorAll('#nodes > *'), (n) => n.getAttribute('fill')))],
      // The legend's first section: a disc per sector, in the sector's colour.
      sectorColors: Array.from(doc.querySelectorAll('#legend circle'), (c) => c.getAttribute('fill')).slice(0, 3),
      labels: texts('#labels text'),
      legend: texts('#legend text'),
      title: doc.querySelector('title')?.textContent,
    };
  }, svg);
  expect(read.parsed).toBe(true);
  expect(read.title).toBe('Brobygger – samarbeidsnettverket');
  expect(read.nodes).toBe(counts.nodes);
  expect(read.ties).toBe(counts.edges);
  // Nodes in the three sectors' colours, as the legend gives them.
  expect(read.sectorColors).toHaveLength(3);
  expect(read.fills).toEqual(expect.arrayContaining(read.sectorColors));
  expect(read.labels).toContain('NAV Skien');
  expect(read.legend).toEqual(
    expect.arrayContaining(['Tegnforklaring', 'Sektor', 'Næringsliv', 'Offentlig sektor', 'Sivilsamfunn', 'Nodetype', 'Organisasjon', 'Type bånd', 'Avtale']),
  );
  expect(svg).not.toMatch(/>(Legend|Business|Public sector|Civil society|Organisation)</);

  // A look at the file as a person would open it.
  await page.setContent(svg);
  await page.screenshot({ path: test.info().outputPath('graph.svg.png'), fullPage: true });
});

test('på mobil får kartet skjermen, og filtrene ligger i en skuff bak en knapp', async ({ coordinator: page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openExplorer(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Nettverkskart' })).toBeInViewport();
  const canvas = await page.getByTestId('graph-canvas').boundingBox();
  expect(canvas?.width).toBeGreaterThan(390 * 0.85);
  expect(canvas?.height).toBeGreaterThan(300);
  await expect(page.getByRole('combobox', { name: 'Størrelse etter' })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('explorer-390x844.png') });

  await page.getByRole('button', { name: 'Filtre og visning' }).click();
  const drawer = page.getByRole('dialog', { name: 'Filtre og visning' });
  await expect(drawer.getByRole('combobox', { name: 'Størrelse etter' })).toBeVisible();
  await expect(drawer.getByRole('checkbox', { name: 'Næringsliv' })).toBeVisible();
  expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('explorer-390x844-filters.png') });
  await drawer.getByRole('button', { name: 'Lukk' }).click();
  await expect(drawer).toHaveCount(0);
});

test('på en bærbar ligger filtrene ved siden av kartet', async ({ coordinator: page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openExplorer(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Nettverkskart' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Størrelse etter' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Filtre og visning' })).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Søk i kartet' }).fill('KREM');
  await page.getByRole('option', { name: /^KREM · Organisasjon/ }).click();
  await expect(page.getByRole('heading', { name: 'KREM' })).toBeVisible();
  await page.waitForTimeout(800);
  await page.screenshot({ path: test.info().outputPath('explorer-1440x900.png') });
});

for (const role of ['coordinator', 'researcher'] as const) {
  test(`axe finner ingen alvorlige brudd i nettverkskartet for ${role === 'coordinator' ? 'koordinator' : 'forsker'}`, async ({ page }) => {
    await loginAs(page, `${role}@example.org`);
    await openExplorer(page);
    expect(await seriousViolations(page)).toEqual([]);

    // A chosen node's details, with their sector badge and focus control. A researcher's map
    // names every node by its research pseudonym (R-…), organisations too.
    await page.getByRole('combobox', { name: 'Søk i kartet' }).fill(role === 'coordinator' ? 'NAV' : 'R-');
    await page.getByRole('option').first().click();
    await expect(page.getByRole('region', { name: 'Detaljer' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    // The bridge path panel, with its two pickers.
    await page.getByRole('button', { name: 'Finn brobyggervei' }).click();
    await expect(page.getByRole('combobox', { name: 'Til' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Lukk brobyggervei' }).click();

    // The table view is the screen-reader way through the graph: it must hold up too.
    await page.getByRole('button', { name: 'Tabellvisning' }).click();
    await expect(page.getByRole('table')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
