import { readFile } from 'node:fs/promises';
import { expect, loginAs, test } from './fixtures';

test('a participant downloads their data as a readable summary in Norwegian', async ({ page }) => {
  await loginAs(page, 'participant@example.org');
  await page.goto('/me');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Last ned som lesbart sammendrag' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^brobygger-mine-data-\d{4}-\d{2}-\d{2}\.html$/);
  const html = await readFile(await file.path(), 'utf8');

  // Opened as a page, it reads in words, with names where the JSON has ids.
  const reader = await page.context().newPage();
  await reader.setContent(html);
  await expect(reader.getByRole('heading', { level: 1, name: 'Dette vet Brobygger om deg' })).toBeVisible();
  for (const section of ['Om deg', 'Talenter', 'Mål', 'Plan', 'Statushistorikk', 'Forespørsler fra arbeidsgivere']) {
    await expect(reader.getByRole('heading', { level: 2, name: section })).toBeVisible();
  }
  const text = (await reader.locator('body').textContent()) ?? '';
  expect(text).not.toMatch(/\b(per|org|net)_[a-z0-9]{6,}/);
  expect(text).not.toMatch(/OUTSIDE_WORK|IN_ACTIVITY|WORK_TRIAL|REQUESTED|ACCEPTED/);
});
