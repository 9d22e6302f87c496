import type { Page } from '@playwright/test';
import { expect, gql, loginAs, test } from './fixtures';

/** The entries of the main menu, as a person reads them. */
const menu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmeny' });

const ROLE_MENUS: { email: string; lands: RegExp; sees: string[]; notSees: string[] }[] = [
  {
    email: 'coordinator@example.org',
    lands: /\/explorer$/,
    sees: ['Nettverkskart', 'Deltakere', 'Personer', 'Organisasjoner', 'Avtaler'],
    notSees: ['Kontoer', 'Revisjonslogg', 'Min profil'],
  },
  {
    email: 'employer@example.org',
    lands: /\/employer\/candidates$/,
    sees: ['Kandidater', 'Mine stillinger', 'Introduksjoner', 'Avtaler'],
    notSees: ['Deltakere', 'Personer', 'Nettverkskart', 'Kontoer', 'Revisjonslogg', 'Min profil'],
  },
  {
    email: 'researcher@example.org',
    lands: /\/explorer$/,
    sees: ['Nettverkskart'],
    notSees: ['Deltakere', 'Personer', 'Avtaler', 'Kontoer', 'Revisjonslogg', 'Min profil'],
  },
  {
    email: 'participant@example.org',
    lands: /\/me$/,
    sees: ['Min profil'],
    notSees: ['Nettverkskart', 'Deltakere', 'Avtaler', 'Kontoer', 'Revisjonslogg'],
  },
  {
    email: 'admin@example.org',
    lands: /\/admin\/accounts$/,
    sees: ['Kontoer', 'Revisjonslogg'],
    notSees: ['Nettverkskart', 'Deltakere', 'Personer', 'Avtaler', 'Min profil'],
  },
];

for (const role of ROLE_MENUS) {
  test(`${role.email} sees only its role's menu`, async ({ page }) => {
    await loginAs(page, role.email);
    await page.goto('/');
    await expect(page).toHaveURL(role.lands);
    await expect(page.getByRole('button', { name: 'Kontomeny' })).toContainText(role.email);
    for (const name of role.sees) await expect(menu(page).getByRole('link', { name })).toBeVisible();
    for (const name of role.notSees) await expect(menu(page).getByRole('link', { name })).toHaveCount(0);
  });
}

test('a screen of another role says "not allowed"', async ({ page }) => {
  await loginAs(page, 'admin@example.org');
  await page.goto('/participants');
  await expect(page.getByRole('heading', { name: 'Ikke tillatt' })).toBeVisible();
  await loginAs(page, 'participant@example.org');
  await page.goto('/admin/accounts');
  await expect(page.getByRole('heading', { name: 'Ikke tillatt' })).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
});

test('an employer who types a hidden participant\'s URL sees the page an unknown id gets, and no name', async ({ page, browser }) => {
  // The participant's id comes from a coordinator's session, in a separate context.
  const coordinatorContext = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const coordinator = await coordinatorContext.newPage();
  await loginAs(coordinator, 'coordinator@example.org');
  const { people } = await gql<{ people: { nodes: { id: string; name: string }[] } }>(
    coordinator.request,
    '{ people(first: 1, filter: { isParticipant: true }) { nodes { id name } } }',
  );
  await coordinatorContext.close();
  const participant = people.nodes[0]!;

  await loginAs(page, 'employer@example.org');
  for (const url of [`/participants/${participant.id}`, `/people/${participant.id}`, '/people/per_does_not_exist']) {
    await page.goto(url);
    // A participant the employer may not see answers exactly as an id that does not exist.
    await expect(page.getByText('Fant ikke siden')).toBeVisible();
    await expect(page.getByText(participant.name)).toHaveCount(0);
  }
  await expect(page.getByRole('link', { name: 'Deltakere' })).toHaveCount(0);
});

test('the login page lets a coordinator in and lands on the graph', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await page.getByRole('textbox', { name: 'E-post' }).fill('coordinator@example.org');
  await page.getByLabel('Passord').fill('brobygger-demo');
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await expect(page).toHaveURL(/\/explorer$/);
  await expect(page.getByRole('link', { name: 'Avtaler' })).toBeVisible();
});

test('a participant changes a consent switch and sees it saved', async ({ page }) => {
  await loginAs(page, 'participant@example.org');
  await page.goto('/me');
  const research = page.getByRole('switch', { name: 'Del med forskning' });
  await expect(research).toBeVisible();
  const before = await research.isChecked();

  // By keyboard, as anyone who does not use a mouse would.
  await research.focus();
  await page.keyboard.press('Space');
  await expect(page.getByText('Valget ditt er lagret')).toBeVisible();
  await expect(research).toBeChecked({ checked: !before });
  const today = new Date().toLocaleDateString('nb-NO', { year: 'numeric', month: 'short', day: 'numeric' });
  await expect(page.getByText(`Sist endret ${today}`)).toBeVisible();

  // Saved in the API, not only on screen.
  await page.reload();
  await expect(research).toBeChecked({ checked: !before });

  // Leave the demo participant as the other specs expect them.
  await research.focus();
  await page.keyboard.press('Space');
  await expect(research).toBeChecked({ checked: before });
});

test('an admin creates an account and finds it in the list', async ({ page }) => {
  await loginAs(page, 'admin@example.org');
  await page.goto('/admin/accounts');
  await page.getByRole('link', { name: 'Ny konto' }).click();
  const email = `forsker-${Date.now()}@example.org`;
  await page.getByRole('textbox', { name: 'E-post' }).fill(email);
  await page.getByRole('combobox', { name: 'Rolle' }).click();
  await page.getByRole('option', { name: 'Forsker' }).click();

  // A short password is answered on the field before anything is sent.
  await page.getByLabel('Passord').fill('kort');
  await page.getByRole('button', { name: 'Opprett' }).click();
  await expect(page.getByText('Passord må ha minst 12 tegn.')).toBeVisible();

  // So is a common one, with no rule about digits or capitals to satisfy instead.
  await page.getByLabel('Passord').fill('passord12345');
  await page.getByRole('button', { name: 'Opprett' }).click();
  await expect(page.getByText(/^Passord er for lett å gjette/)).toBeVisible();

  await page.getByLabel('Passord').fill('et-langt-passord');
  const organization = page.getByRole('combobox', { name: 'Organisasjon' });
  await organization.click();
  await organization.fill('Grenland Mek');
  await page.getByRole('option', { name: /^Grenland Mekaniske Verksted AS/ }).click();
  await page.getByRole('button', { name: 'Opprett' }).click();

  await expect(page).toHaveURL(/\/admin\/accounts$/);
  await page.getByRole('textbox', { name: 'Søk' }).fill(email);
  const row = page.getByRole('row').filter({ hasText: email });
  await expect(row).toBeVisible();
  await expect(row).toContainText('Forsker');
  await expect(row).toContainText('Grenland Mekaniske Verksted AS');
  await expect(row).toContainText('Aktiv');
});

test("an employer finds its organisation's agreements in the menu, and is offered no draft of others'", async ({ page }) => {
  await loginAs(page, 'employer@example.org');
  await page.goto('/');
  await menu(page).getByRole('link', { name: 'Avtaler' }).click();
  await expect(page).toHaveURL(/\/agreements$/);
  await expect(page.getByRole('heading', { name: 'Avtaler', level: 1 })).toBeVisible();
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Lag avtaleutkast' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Lag avtaleutkast' })).toHaveCount(0);
});
