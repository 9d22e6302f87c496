import { expect, test } from './fixtures';

test('a coordinator finds the bridge path between two organisations and sees it listed step by step', async ({ coordinator: page }) => {
  await page.goto('/explorer');
  await expect(page.getByText(/[\d\s]+ noder · [\d\s]+ bånd/)).toBeVisible({ timeout: 60_000 });

  await page.getByRole('button', { name: 'Finn brobyggervei' }).click();
  const panel = page.getByLabel('Brobyggervei', { exact: true }).first();
  await page.getByRole('combobox', { name: 'Fra' }).fill('NAV Skien');
  await page.getByRole('option', { name: /^NAV Skien · Organisasjon/ }).click();
  await page.getByRole('combobox', { name: 'Til' }).fill('KREM');
  await page.getByRole('option', { name: /^KREM · Organisasjon/ }).click();

  await expect(page.getByText(/^Veien har \d+ steg$/)).toBeVisible({ timeout: 30_000 });
  const steps = panel.locator('.mantine-Timeline-item');
  await expect(steps.first()).toContainText('NAV Skien');
  await expect(steps.last()).toContainText('KREM');
  const count = await steps.count();
  expect(count).toBeGreaterThanOrEqual(2);
  expect(Number(/(\d+) steg/.exec((await page.getByText(/^Veien har \d+ steg$/).textContent()) ?? '')?.[1])).toBe(count - 1);
});

test('a coordinator sizes nodes by betweenness and colours them by brokerage role, and the legend follows', async ({ coordinator: page }) => {
  await page.goto('/explorer');
  await expect(page.getByText(/[\d\s]+ noder · [\d\s]+ bånd/)).toBeVisible({ timeout: 60_000 });

  await page.getByRole('combobox', { name: 'Størrelse etter' }).click();
  await page.getByRole('option', { name: 'Mellomsentralitet (betweenness)' }).click();
  await expect(page.getByText('Størrelse: Mellomsentralitet (betweenness)')).toBeVisible({ timeout: 30_000 });

  await page.getByRole('combobox', { name: 'Farge etter' }).click();
  await page.getByRole('option', { name: 'Meglerrolle' }).click();
  const legend = page.getByTestId('legend-colors');
  await expect(legend.getByText('Forbindelsesledd')).toBeVisible();
  await expect(legend.getByText('Næringsliv')).toHaveCount(0);
});
