import type { Page } from '@playwright/test';
import { expect, loginAs, test } from './fixtures';

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1440, height: 900 };

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Whether anything on the page is wider than the screen, so the page would scroll sideways. */
async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/**
 * On a phone the list is a list of cards, each named by its heading, its other values under
 * the column headers' words; on a laptop the same rows are a table under those headers.
 */
async function expectCardsThenTable(page: Page, route: string): Promise<void> {
  await page.setViewportSize(PHONE);
  await page.goto(route);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 60_000 });
  const cards = main.getByRole('list').first().getByRole('listitem');
  await expect(cards.first()).toBeVisible();
  await expect(main.getByRole('table'), `${route}: no table on a phone`).toHaveCount(0);
  expect(await scrollsSideways(page), `${route}: nothing wider than the phone`).toBe(false);
  expect(await cutButtonLabels(page), `${route}: every button's words shown whole`).toEqual([]);
  const first = cards.first();
  const box = await first.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${route}: the card fits the screen`).toBeLessThanOrEqual(PHONE.width);
  const heading = squeeze(await first.getByRole('heading', { level: 2 }).innerText());
  expect(heading.length).toBeGreaterThan(0);
  const labels = (await first.locator('dt').allInnerTexts()).map(squeeze);
  expect(labels.length, `${route}: each card reads "label: value"`).toBeGreaterThan(0);
  expect(await first.locator('dd').count()).toBe(labels.length);

  // The same list on a laptop: a table whose headers are the cards' words, the first row the first card.
  await page.setViewportSize(LAPTOP);
  const table = main.getByRole('table');
  await expect(table).toBeVisible();
  await expect(main.getByRole('list')).toHaveCount(0);
  const headers = (await table.getByRole('columnheader').allInnerTexts()).map(squeeze);
  expect(headers.slice(1, 1 + labels.length), `${route}: card labels are the column headers`).toEqual(labels);
  expect(squeeze(await table.getByRole('row').nth(1).getByRole('cell').first().innerText())).toBe(heading);
}

const LISTS = [
  {
    email: 'coordinator@example.org',
    routes: ['/participants', '/people', '/organizations', '/networks', '/agreements', '/opportunities', '/introductions'],
  },
  { email: 'employer@example.org', routes: ['/employer/openings'] },
  { email: 'admin@example.org', routes: ['/admin/accounts', '/admin/audit'] },
] as const;

for (const role of LISTS) {
  test(`på en telefon blir listene til ${role.email} kort uten sideveis rulling, og en tabell på en bærbar`, async ({ page }) => {
    test.setTimeout(180_000);
    await loginAs(page, role.email);
    for (const route of role.routes) await expectCardsThenTable(page, route);
  });
}

test.describe('på en telefon (390×844)', () => {
  test.use({ viewport: PHONE });

  test('personkortene har navnet som lenke i overskriften og sorteres fra en velger', async ({ coordinator: page }) => {
    await page.goto('/people');
    const card = page.getByRole('main').getByRole('list').first().getByRole('listitem').first();
    const link = card.getByRole('heading', { level: 2 }).getByRole('link');
    await expect(link).toHaveAttribute('href', /^\/(people|participants)\//);
    await expect(card.locator('dt')).toHaveText(['Tittel', 'Organisasjon', 'Sektor']);
    // The keyboard reaches the name like any link.
    await link.focus();
    await expect(link).toBeFocused();
    await page.screenshot({ path: test.info().outputPath('people-390x844.png') });

    // Cards have no column headers: a picker sorts them, and the address keeps the choice.
    const sortBy = page.getByRole('combobox', { name: 'Sorter etter' });
    await expect(sortBy).toHaveValue('Navn');
    await sortBy.click();
    await page.getByRole('option', { name: 'Sektor' }).click();
    await expect(page).toHaveURL(/sort=SECTOR/);
    await expect(card.locator('dd').nth(2)).toHaveText('Næringsliv');
    await page.getByRole('button', { name: 'Rekkefølge: Stigende' }).click();
    await expect(page).toHaveURL(/dir=desc/);
    await expect(page.getByRole('button', { name: 'Rekkefølge: Synkende' })).toBeVisible();
    await expect(card.locator('dd').nth(2)).toHaveText('Offentlig sektor');
  });

  test('kandidatene er en liste av kort, og statusvalget på introduksjonene får plass', async ({ page }) => {
    await loginAs(page, 'employer@example.org');
    await page.goto('/employer/candidates');
    const cards = page.getByRole('main').getByRole('list').first().getByRole('listitem');
    await expect(cards.first().getByRole('heading', { level: 2, name: /^C-/ })).toBeVisible({ timeout: 30_000 });
    expect(await scrollsSideways(page)).toBe(false);

    await loginAs(page, 'coordinator@example.org');
    await page.goto('/introductions');
    const choice = page.getByRole('main').getByRole('radiogroup', { name: 'Status' });
    await expect(choice.getByText('Alle', { exact: true })).toBeInViewport();
    const box = await choice.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: test.info().outputPath('introductions-390x844.png'), fullPage: true });
  });

  test('ingen knapp kutter av teksten sin', async ({ page }) => {
    await loginAs(page, 'participant@example.org');
    await page.goto('/me');
    await expect(page.getByRole('button', { name: 'Last ned som lesbart sammendrag' })).toBeVisible({ timeout: 30_000 });
    expect(await cutButtonLabels(page)).toEqual([]);

    await loginAs(page, 'coordinator@example.org');
    await page.goto('/agreements');
    await page.getByRole('main').getByRole('list').first().getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 2, name: 'Parter' })).toBeVisible();
    expect(await cutButtonLabels(page)).toEqual([]);
  });
});

/** The words of every visible button whose label is wider than the button shows (cut off at its edge). */
async function cutButtonLabels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('button .mantine-Button-label'))
      .filter((label) => label.offsetParent !== null && label.scrollWidth > label.clientWidth + 1)
      .map((label) => label.textContent ?? ''),
  );
}
