import type { Page } from '@playwright/test';
import { expect, gql, test } from './fixtures';

/** Archive, restore and delete of organisations, as a coordinator does it on the demo data. */

const SCREENS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'mobile', width: 390, height: 844 },
] as const;

/** Screenshots of the page at a desktop and a phone size, kept with the test's output for a person to look at. */
async function screenshots(page: Page, outputPath: (name: string) => string, what: string) {
  const before = page.viewportSize();
  for (const screen of SCREENS) {
    await page.setViewportSize({ width: screen.width, height: screen.height });
    await page.screenshot({ path: outputPath(`${what}-${screen.name}.png`), fullPage: true });
  }
  if (before) await page.setViewportSize(before);
}

async function searchOrganizations(page: Page, text: string) {
  await page.getByRole('textbox', { name: 'Søk' }).fill(text);
  // The search reaches the address once typing pauses.
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(text).replace(/%20/g, '\\+')}`));
}

test('an archived organisation leaves the list, shows under «Vis arkiverte», and comes back when restored', async ({
  coordinator: page,
}, testInfo) => {
  const name = 'Siljan Gartneri AS';
  await page.goto('/organizations');
  await searchOrganizations(page, name);
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  await page.getByRole('button', { name: 'Arkiver', exact: true }).click();
  await expect(page.getByText(`${name} er arkivert`)).toBeVisible();
  await expect(page.getByText('Arkivert', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Gjenopprett' })).toBeVisible();
  await screenshots(page, (file) => testInfo.outputPath(file), 'organization-archived');

  await page.getByRole('link', { name: 'Organisasjoner' }).click();
  await searchOrganizations(page, name);
  await expect(page.getByText('Ingenting her ennå')).toBeVisible();
  await expect(page.getByRole('link', { name })).toHaveCount(0);

  // The switch is controlled by the address: a click writes `archived=1`, and the switch follows.
  const showArchived = page.getByRole('switch', { name: 'Vis arkiverte' });
  await showArchived.click({ force: true });
  await expect(page).toHaveURL(/archived=1/);
  await expect(showArchived).toBeChecked();
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name }) });
  await expect(row).toContainText('Arkivert');
  await screenshots(page, (file) => testInfo.outputPath(file), 'organizations-archived');

  // The address holds the list's state: a reload shows the same list.
  await page.reload();
  await expect(page.getByRole('switch', { name: 'Vis arkiverte' })).toBeChecked();
  await expect(page.getByRole('link', { name })).toBeVisible();

  await page.getByRole('link', { name }).click();
  await page.getByRole('button', { name: 'Gjenopprett' }).click();
  await expect(page.getByText(`${name} er gjenopprettet`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Arkiver', exact: true })).toBeVisible();

  await page.goto('/organizations');
  await searchOrganizations(page, name);
  await expect(page.getByRole('link', { name })).toBeVisible();
});

test('deleting an organisation still in use is refused in Norwegian, with what refers to it', async ({
  coordinator: page,
}, testInfo) => {
  const name = 'Grenland Mekaniske Verksted AS';
  await page.goto('/organizations');
  await searchOrganizations(page, name);
  await page.getByRole('link', { name }).click();
  await page.getByRole('button', { name: 'Slett', exact: true }).click();

  const dialog = page.getByRole('dialog', { name: `${name} kan ikke slettes` });
  await expect(dialog).toContainText(
    `${name} kan ikke slettes fordi dette fortsatt viser til den:`,
  );
  await expect(dialog.getByRole('listitem').filter({ hasText: /^\d+ avtaler?$/ })).toBeVisible();
  await expect(
    dialog.getByRole('listitem').filter({ hasText: /tilknyttede? personer?$/ }),
  ).toBeVisible();
  await expect(dialog).toContainText('Arkiver i stedet');
  // Only archiving is offered: there is no way to delete from here.
  await expect(dialog.getByRole('button', { name: 'Slett for godt' })).toHaveCount(0);
  await screenshots(page, (file) => testInfo.outputPath(file), 'delete-refused');
  // The button with the word on it; the dialog's × in the corner is named «Lukk» as well.
  await dialog.getByRole('button', { name: 'Lukk' }).filter({ hasText: 'Lukk' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
});

test('an unused organisation is deleted after a confirmation that says what goes with it', async ({
  coordinator: page,
}) => {
  const name = `Slettbar Testbedrift ${Date.now()}`;
  const { createOrganization } = await gql<{ createOrganization: { id: string } }>(
    page.request,
    'mutation ($n: String!) { createOrganization(input: { name: $n, sector: BUSINESS, kind: COMPANY }) { id } }',
    { n: name },
  );
  const { networks } = await gql<{ networks: { nodes: { id: string }[] } }>(
    page.request,
    '{ networks(first: 1) { nodes { id } } }',
  );
  await gql(
    page.request,
    'mutation ($i: AddNetworkMemberInput!) { addNetworkMember(input: $i) { id } }',
    {
      i: { networkId: networks.nodes[0]!.id, organizationId: createOrganization.id },
    },
  );

  await page.goto(`/organizations/${createOrganization.id}`);
  await page.getByRole('button', { name: 'Slett', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Slette ${name}?` });
  await expect(dialog).toContainText(`Dette slettes sammen med ${name}:`);
  await expect(dialog.getByRole('listitem')).toHaveText(['1 medlemskap']);
  await expect(dialog).toContainText('Slettingen kan ikke angres.');
  await dialog.getByRole('button', { name: 'Slett for godt' }).click();

  await expect(page.getByText(`${name} er slettet`)).toBeVisible();
  await expect(page).toHaveURL(/\/organizations$/);
  await searchOrganizations(page, name);
  await expect(page.getByText('Ingenting her ennå')).toBeVisible();
});
