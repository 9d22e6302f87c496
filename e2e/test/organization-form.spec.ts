import { expect, test } from './fixtures';

/** A valid organisation number that the seed is unlikely to hold: MOD11 over random digits. */
function validOrgNumber(): string {
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    const first = `9${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
    const sum = weights.reduce((s, w, i) => s + w * Number(first[i]), 0);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    return `${first}${check === 11 ? 0 : check}`;
  }
}

test('a coordinator creates an organisation, fixing a wrong organisation number on the way', async ({ coordinator: page }) => {
  const name = `Testbedrift ${Date.now()}`;
  const good = validOrgNumber();
  const bad = `${good.slice(0, 8)}${(Number(good[8]) + 1) % 10}`;

  await page.goto('/organizations/new');
  await page.getByRole('textbox', { name: 'Navn' }).fill(name);
  await page.getByRole('combobox', { name: 'Type' }).click();
  await page.getByRole('option', { name: 'Bedrift' }).click();
  // The type fills in its usual sector; choosing that sector again keeps it.
  const sector = page.getByRole('combobox', { name: 'Sektor' });
  await expect(sector).toHaveValue('Næringsliv');
  await sector.click();
  await page.getByRole('option', { name: 'Næringsliv' }).click();
  await expect(sector).toHaveValue('Næringsliv');
  const orgNumber = page.getByRole('textbox', { name: 'Organisasjonsnummer' });
  await orgNumber.fill(bad);

  await expect(orgNumber).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Kontrollsifferet stemmer ikke')).toBeVisible();

  await orgNumber.fill(good);
  await expect(orgNumber).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Opprett' }).click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.getByRole('link', { name: 'Organisasjoner' }).click();
  await page.getByRole('textbox', { name: 'Søk' }).fill(name);
  await expect(page.getByRole('link', { name })).toBeVisible();
});
