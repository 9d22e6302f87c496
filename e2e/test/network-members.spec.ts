import { expect, gql, test } from './fixtures';

test('removing a network member asks first, and cancelling keeps them', async ({ coordinator: page }) => {
  // A network of the demo data with members, found through the API like any fixture.
  const { networks } = await gql<{ networks: { nodes: { id: string; name: string; members: { id: string; person: { name: string } | null }[] }[] } }>(
    page.request,
    '{ networks(first: 50) { nodes { id name members { id person { name } } } } }',
  );
  const network = networks.nodes.find((n) => n.members.filter((m) => m.person).length >= 2);
  if (!network) throw new Error('The demo data has no network with two people in it');
  const name = network.members.find((m) => m.person)!.person!.name;

  await page.goto(`/networks/${network.id}`);
  const remove = page.getByRole('button', { name: `Fjern ${name} fra nettverket` });
  await remove.click();
  const dialog = page.getByRole('dialog', { name: `Fjerne ${name} fra nettverket?` });
  await expect(dialog).toContainText('Det kan ikke angres');
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(dialog).toBeHidden();
  await expect(remove).toBeVisible();

  await remove.click();
  await page.getByRole('dialog', { name: `Fjerne ${name} fra nettverket?` }).getByRole('button', { name: 'Fjern' }).click();
  await expect(page.getByText(`${name} er fjernet fra nettverket`)).toBeVisible();
  await expect(page.getByRole('button', { name: `Fjern ${name} fra nettverket` })).toHaveCount(0);
});
