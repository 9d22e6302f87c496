import { expect, test } from './fixtures';

test('a coordinator switches the language to English and back', async ({ coordinator: page }) => {
  await page.goto('/participants');
  await expect(page.getByRole('heading', { name: 'Deltakere' })).toBeVisible();

  await page.getByText('English', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Participants' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Graph explorer' })).toBeVisible();

  // The choice is remembered across a reload.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Participants' })).toBeVisible();

  await page.getByText('Norsk', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Deltakere' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nettverkskart' })).toBeVisible();
});
