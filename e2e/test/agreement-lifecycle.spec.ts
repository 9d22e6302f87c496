import { expect, gql, test } from './fixtures';

interface Named {
  id: string;
  name: string;
}

test('a coordinator drafts a three-sector agreement and takes it to HIRED', async ({
  coordinator: page,
}) => {
  const data = await gql<{
    participants: { nodes: Named[] };
    employers: { nodes: Named[] };
    nav: { nodes: Named[] };
  }>(
    page.request,
    `{
      participants: people(first: 1, filter: { isParticipant: true, statuses: [OUTSIDE_WORK] }) { nodes { id name } }
      employers: organizations(first: 1, filter: { sectors: [BUSINESS], kinds: [COMPANY] }) { nodes { id name } }
      nav: organizations(first: 1, filter: { kinds: [NAV_OFFICE] }) { nodes { id name } }
    }`,
  );
  const participant = data.participants.nodes[0]!;
  const employer = data.employers.nodes[0]!;
  const nav = data.nav.nodes[0]!;
  const title = `Arbeidstrening ${Date.now()}`;

  await page.goto('/agreements/new');
  await page.getByRole('textbox', { name: 'Tittel' }).fill(title);
  const pick = async (number: number, name: string) => {
    const box = page.getByRole('combobox', { name: `Part ${number}`, exact: true });
    await box.click();
    await box.fill(name);
    await page
      .getByRole('option', { name: new RegExp(`^${name} · `) })
      .first()
      .click();
  };
  // The form starts with two party rows; a third is added.
  await pick(1, participant.name);
  await pick(2, employer.name);
  await page.getByRole('button', { name: 'Legg til part' }).click();
  await pick(3, nav.name);
  await expect(page.getByRole('combobox', { name: 'Rolle for part 1' })).toHaveValue('Deltaker');
  await expect(page.getByRole('combobox', { name: 'Rolle for part 2' })).toHaveValue(
    'Arbeidsgiver',
  );
  await expect(page.getByRole('combobox', { name: 'Rolle for part 3' })).toHaveValue(
    'Offentlig partner',
  );
  await page.getByRole('button', { name: 'Opprett utkast' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('Tresektor')).toBeVisible();

  await page.getByRole('button', { name: 'Foreslå' }).click();
  await expect(page.getByText('Foreslått', { exact: true }).first()).toBeVisible();

  const confirm = page.getByRole('dialog', { name: 'Signere på vegne av parten?' });
  for (const name of [participant.name, employer.name, nav.name]) {
    await page.getByRole('button', { name: `Signer for ${name}`, exact: true }).click();
    await confirm.getByRole('button', { name: 'Signer', exact: true }).click();
    await expect(page.getByRole('button', { name: `Signer for ${name}`, exact: true })).toHaveCount(
      0,
    );
  }

  await page.getByRole('button', { name: 'Aktiver' }).click();
  await expect(page.getByText('Aktiv', { exact: true }).first()).toBeVisible();

  await page.getByRole('button', { name: 'Fullfør' }).click();
  const dialog = page.getByRole('dialog', { name: 'Fullfør avtalen' });
  await dialog.getByRole('combobox', { name: 'Resultat' }).click();
  await page.getByRole('option', { name: 'Ansatt' }).click();
  await dialog.getByRole('radio', { name: 'Heltid' }).check();
  await dialog.getByRole('button', { name: 'Fullfør' }).click();
  await expect(page.getByText('Fullført', { exact: true }).first()).toBeVisible();

  await page.getByRole('link', { name: participant.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: participant.name })).toBeVisible();
  const history = page.getByLabel('Statushistorikk');
  await expect(history.getByRole('link', { name: title })).toBeVisible();
  await expect(history.getByText(/^Ansatt heltid$/).last()).toBeVisible();
});
