import type { Page } from '@playwright/test';
import { expect, gql, test } from './fixtures';

interface Draft {
  id: string;
  title: string;
  parties: { name: string; sector: string }[];
}

/** The day `days` from today, in the browser's (and the server's) calendar, as a Norwegian types it. */
function dayFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()}`;
}

/** A seeded draft whose parties are all from civil society: proposing it needs another sector. */
async function civilOnlyDraft(page: Page): Promise<Draft> {
  const data = await gql<{ agreements: { nodes: Draft[] } }>(
    page.request,
    `{ agreements(first: 100, filter: { statuses: [DRAFT] }) { nodes { id title parties { name sector } } } }`,
  );
  const draft = data.agreements.nodes.find(
    (a) => a.parties.length > 0 && a.parties.every((p) => p.sector === 'CIVIL'),
  );
  if (!draft) throw new Error('The demo data has no civil-only draft');
  return draft;
}

async function businessOrganization(page: Page): Promise<string> {
  const data = await gql<{ organizations: { nodes: { name: string }[] } }>(
    page.request,
    `{ organizations(first: 1, filter: { sectors: [BUSINESS], kinds: [COMPANY] }) { nodes { name } } }`,
  );
  return data.organizations.nodes[0]!.name;
}

test('a civil-only draft gets a business party, is proposed, signed with confirmation, and cannot be completed before it starts', async ({
  coordinator: page,
}) => {
  const draft = await civilOnlyDraft(page);
  const company = await businessOrganization(page);
  await page.goto(`/agreements/${draft.id}`);
  await expect(page.getByRole('heading', { level: 1, name: draft.title })).toBeVisible();

  // The dead end, said in Norwegian: every party is from one sector.
  const whyNot = page.getByRole('list', { name: 'Hvorfor noen handlinger ikke er tilgjengelige' });
  await expect(whyNot).toContainText(
    'Foreslå: Partene må komme fra minst to sektorer; nå er alle fra sivilsamfunnet.',
  );
  await expect(page.getByRole('button', { name: 'Foreslå' })).toBeDisabled();

  // Edit the draft: dates that start in a month, and a business party.
  await page.getByRole('button', { name: 'Rediger utkastet' }).click();
  await page.getByLabel('Startdato').fill(dayFromToday(30));
  await page.getByLabel('Sluttdato').fill(dayFromToday(200));
  await page.getByLabel('Sluttdato').press('Tab');
  await page.getByRole('button', { name: 'Legg til part' }).click();
  const number = draft.parties.length + 1;
  const picker = page.getByRole('combobox', { name: `Part ${number}`, exact: true });
  await expect(picker).toBeFocused();
  await picker.fill(company);
  await page.getByRole('option', { name: `${company} · Næringsliv` }).click();
  await expect(page.getByRole('combobox', { name: `Rolle for part ${number}` })).toHaveValue(
    'Arbeidsgiver',
  );
  await page.getByRole('button', { name: 'Lagre utkastet' }).click();
  await expect(page.getByText('Utkastet er lagret')).toBeVisible();
  await expect(page.getByRole('link', { name: company })).toBeVisible();

  await page.getByRole('button', { name: 'Foreslå' }).click();
  await expect(page.getByText('Foreslått', { exact: true }).first()).toBeVisible();

  // Signing for a party asks first; cancelling records nothing.
  const names = [...draft.parties.map((p) => p.name), company];
  const dialog = page.getByRole('dialog', { name: 'Signere på vegne av parten?' });
  await page.getByRole('button', { name: `Signer for ${names[0]!}`, exact: true }).click();
  await expect(dialog).toContainText(
    `Du registrerer at ${names[0]!} signerer avtalen «${draft.title}».`,
  );
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('button', { name: `Signer for ${names[0]!}`, exact: true }),
  ).toBeVisible();
  for (const name of names) {
    await page.getByRole('button', { name: `Signer for ${name}`, exact: true }).click();
    await dialog.getByRole('button', { name: 'Signer', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: `Signer for ${name}`, exact: true })).toHaveCount(
      0,
    );
  }

  // Activated ahead of its start, it cannot be completed before the start date.
  await page.getByRole('button', { name: 'Aktiver' }).click();
  await expect(page.getByText('Aktiv', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Fullfør' })).toBeDisabled();
  await expect(whyNot).toContainText(
    /Fullfør: Avtalen kan ikke fullføres før den har startet\. Den starter \d{1,2}\. \S+ \d{4}\./,
  );
});

test('completing a work trial as "employed" asks full or part time', async ({
  coordinator: page,
}) => {
  const data = await gql<{
    agreements: {
      nodes: {
        id: string;
        title: string;
        parties: { role: string; person: { id: string } | null }[];
      }[];
    };
  }>(
    page.request,
    `{ agreements(first: 50, filter: { statuses: [ACTIVE], kinds: [WORK_TRIAL, EMPLOYMENT] }) {
        nodes { id title parties { role person { id } } } } }`,
  );
  const agreement = data.agreements.nodes.find((a) =>
    a.parties.some((p) => p.role === 'PARTICIPANT' && p.person),
  );
  if (!agreement) throw new Error('The demo data has no active work trial with a participant');
  const participantId = agreement.parties.find((p) => p.role === 'PARTICIPANT')!.person!.id;

  await page.goto(`/agreements/${agreement.id}`);
  await page.getByRole('button', { name: 'Fullfør' }).click();
  const dialog = page.getByRole('dialog', { name: 'Fullfør avtalen' });
  await dialog.getByRole('combobox', { name: 'Resultat' }).click();
  await page.getByRole('option', { name: 'Ansatt' }).click();
  const extent = dialog.getByRole('radiogroup', { name: 'Heltid eller deltid?' });
  await expect(extent).toBeVisible();
  // Nothing is assumed: completing waits for the choice.
  await expect(dialog.getByRole('button', { name: 'Fullfør' })).toBeDisabled();
  await extent.getByRole('radio', { name: 'Deltid' }).check();
  await dialog.getByRole('button', { name: 'Fullfør' }).click();
  await expect(page.getByText('Avtalen er fullført')).toBeVisible();
  await expect(page.getByText('Fullført', { exact: true }).first()).toBeVisible();

  const after = await gql<{ person: { participant: { status: string } } }>(
    page.request,
    `query ($id: ID!) { person(id: $id) { participant { status } } }`,
    { id: participantId },
  );
  expect(after.person.participant.status).toBe('EMPLOYED_PART_TIME');
});
