import { readFile } from 'node:fs/promises';
import { expect, gql, loginAs, test } from './fixtures';

test('a researcher reads the dashboard, with small counts shown as "<5", and downloads the network as GraphML', async ({ page }) => {
  await loginAs(page, 'researcher@example.org');
  await page.goto('/');
  await page.getByRole('link', { name: 'Forskning' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Forskningsoversikt' })).toBeVisible({ timeout: 60_000 });
  const mixing = page.getByRole('region', { name: 'Bånd mellom sektorene' });
  await expect(mixing.getByRole('table')).toBeVisible();
  await expect(page.getByRole('region', { name: 'E-I-indeks over tid' }).locator('.recharts-line').first()).toBeVisible();
  // Researchers see only consenting participants: some kinds of agreement are too few to show.
  const agreements = page.getByRole('region', { name: 'Avtaler over tid' });
  await expect(agreements.getByText(/: <5$/).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Veien til arbeid' }).getByText('I lønnet arbeid nå')).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Last ned nettverket (GraphML)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.graphml$/);
  const xml = await readFile(await file.path(), 'utf8');
  expect(xml).toContain('<graphml');
  expect(xml).toMatch(/<node id="/);
});

test('a coordinator sees the same agreement figures unsuppressed', async ({ coordinator: page }) => {
  await page.goto('/research');
  const agreements = page.getByRole('region', { name: 'Avtaler over tid' });
  await expect(agreements.getByText(/^Arbeidstrening: \d+$/)).toBeVisible({ timeout: 60_000 });
  await expect(agreements.getByText(/: <5$/)).toHaveCount(0);
});

test('hvor eksakte nettverkstallene er, sies på norsk ut fra API-ets tall, aldri med API-ets engelske setning', async ({ page }) => {
  await loginAs(page, 'researcher@example.org');
  const { graphStats } = await gql<{ graphStats: { betweenness: { method: string; note: string } } }>(
    page.request,
    '{ graphStats { betweenness { method note } } }',
  );
  await page.goto('/research');
  await expect(page.getByRole('heading', { level: 1, name: 'Forskningsoversikt' })).toBeVisible({ timeout: 60_000 });
  const sentence =
    graphStats.betweenness.method === 'EXACT'
      ? /^Eksakt: mellomsentralitet og nærhet er beregnet fra alle [\d\s]+ noder\.$/
      : /^Anslått: mellomsentralitet og nærhet er beregnet fra [\d\s]+ av [\d\s]+ noder; .* med \d+\s% sannsynlighet\./;
  await expect(page.getByText(sentence)).toBeVisible();
  const text = await page.locator('body').innerText();
  expect(text).not.toContain(graphStats.betweenness.note);
  expect(text).not.toMatch(/\b(Exact|Estimated): betweenness/);

  // The same figures in English, worded by the web as well.
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByText(/^(Exact|Estimated): betweenness and closeness are (computed from all|sampled from) [\d,]+ /)).toBeVisible();
});
