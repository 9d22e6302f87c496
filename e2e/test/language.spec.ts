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

test('a wrong password is told in Norwegian, and so is the back-off after five', async ({ page }) => {
  // An address of its own, so the back-off cannot touch another spec's logins.
  const email = `ukjent-${Date.now()}@example.org`;
  await page.goto('/login');
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await page.getByLabel(/^E-post/).fill(email);
    await page.locator('input[type="password"]').fill('ikke-det-riktige');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    const message = attempt < 5 ? 'Feil e-post eller passord.' : /For mange mislykkede innlogginger for denne adressen\. Prøv igjen kl\. \d\d:\d\d\./;
    await expect(page.getByRole('alert')).toHaveText(message);
  }
  await expect(page.getByText('Wrong e-mail or password.')).toHaveCount(0);
});
