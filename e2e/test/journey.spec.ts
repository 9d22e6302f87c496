import type { Browser, Locator, Page } from '@playwright/test';
import { expect, gql, loginAs, test } from './fixtures';

/**
 * The journey page is where the coordinator's work happens: talents, goals, plan, order,
 * status changes and the follow-up facts, all on /participants/:id, in Norwegian. The
 * participant keeps their own plan on /me.
 */

/** A participant of the demo network's NAV office, made through the API so this spec owns it. */
async function newParticipant(page: Page): Promise<{ id: string; goal: string }> {
  const { organizations } = await gql<{ organizations: { nodes: { id: string }[] } }>(
    page.request,
    '{ organizations(first: 1, filter: { kinds: [NAV_OFFICE] }) { nodes { id } } }',
  );
  const name = `Ingrid Solberg ${Date.now().toString(36)}`;
  const { createPerson } = await gql<{ createPerson: { id: string } }>(
    page.request,
    `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
    {
      input: {
        name,
        sector: 'CIVIL',
        participant: {
          status: 'IN_ACTIVITY',
          municipalityNumber: '4003',
          municipalityName: 'Skien',
          hoursPerWeek: 20,
          publicPartnerId: organizations.nodes[0]?.id,
          talents: [{ name: 'Baking', level: 'SKILLED' }, { name: 'Kundeservice' }],
          dreams: 'Eie en liten kafé i Skien',
        },
      },
    },
  );
  const goal = 'Få fast jobb i en bakeri';
  await gql(page.request, 'mutation ($id: ID!, $t: String) { addGoal(personId: $id, input: { text: $t }) { id } }', {
    id: createPerson.id,
    t: goal,
  });
  return { id: createPerson.id, goal };
}

/** Picks an option of a Mantine select by its label (a required one's ends in " *"), as a person clicks it open and chooses. */
async function choose(scope: Locator, label: string, option: string): Promise<void> {
  await scope.getByLabel(new RegExp(`^${label}( \\*)?$`)).click();
  await scope.page().getByRole('option', { name: option, exact: true }).click();
}

const section = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });
const items = (page: Page, title: string) => section(page, title).getByRole('listitem');

test('a coordinator works a participant’s journey on its page', async ({ coordinator: page }) => {
  const { id, goal } = await newParticipant(page);
  await page.goto(`/participants/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: /Ingrid Solberg/ })).toBeVisible();

  // A talent, with its level.
  const talents = section(page, 'Talenter');
  await talents.getByRole('button', { name: 'Legg til talent' }).click();
  await talents.getByRole('textbox', { name: 'Talent', exact: true }).fill('Sveising');
  await choose(talents, 'Nivå', 'ekspert');
  await talents.getByRole('button', { name: 'Legg til', exact: true }).click();
  await expect(items(page, 'Talenter')).toHaveText([/Baking/, /Kundeservice/, /Sveising.*ekspert/]);

  // Reordered with the buttons, and the order is kept.
  await talents.getByRole('button', { name: 'Flytt Sveising opp' }).click();
  await expect(items(page, 'Talenter')).toHaveText([/Baking/, /Sveising/, /Kundeservice/]);
  await expect(talents.getByRole('button', { name: 'Flytt Sveising opp' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(items(page, 'Talenter')).toHaveText([/Sveising/, /Baking/, /Kundeservice/]);
  await expect(talents.getByRole('status')).toHaveText('«Sveising» er nå nummer 1 av 3');

  // Removed only once the coordinator says yes.
  await talents.getByRole('button', { name: 'Fjern Kundeservice' }).click();
  await expect(talents.getByText('Fjerne «Kundeservice»?')).toBeVisible();
  await talents.getByRole('button', { name: 'Ja, fjern' }).click();
  await expect(items(page, 'Talenter')).toHaveText([/Sveising/, /Baking/]);

  // A goal changed: status and target date.
  const goals = section(page, 'Mål');
  await goals.getByRole('button', { name: `Endre ${goal}` }).click();
  await choose(goals, 'Status', 'Pågår');
  // Dates are typed as a Norwegian writes them, whatever the browser's own language.
  await goals.getByLabel('Ønsket dato').fill('1.6.2027');
  await goals.getByLabel('Ønsket dato').press('Tab');
  await expect(goals.getByLabel('Ønsket dato')).toHaveValue('01.06.2027');
  await goals.getByRole('button', { name: 'Lagre' }).click();
  await expect(items(page, 'Mål').first()).toContainText('Pågår');
  await expect(items(page, 'Mål').first()).toContainText('innen 1. juni 2027');

  // A plan step for that goal, then ticked off.
  const plan = section(page, 'Plan');
  await plan.getByRole('button', { name: 'Legg til steg' }).click();
  await plan.getByRole('textbox', { name: 'Steg', exact: true }).fill('Søke på tre bakerier');
  await plan.getByLabel('Frist').fill('15.09.2026');
  await plan.getByLabel('Frist').press('Tab');
  await choose(plan, 'Hører til målet', goal);
  await plan.getByRole('button', { name: 'Legg til', exact: true }).click();
  const step = plan.getByRole('checkbox', { name: /Søke på tre bakerier/ });
  await expect(step).not.toBeChecked();
  await expect(items(page, 'Plan').first()).toContainText(`for: ${goal}`);
  await step.check();
  await expect(step).toBeChecked();
  await expect(items(page, 'Plan').first()).toContainText('utført');

  // A status change with its reason; the note field warns against health details.
  const history = section(page, 'Statushistorikk');
  await history.getByRole('button', { name: 'Registrer endring' }).click();
  await choose(history, 'Ny status', 'Arbeidstrening');
  await choose(history, 'Årsak', 'Startet arbeidstrening');
  await expect(history.getByText(/Ikke skriv helseopplysninger her/)).toBeVisible();
  await history.getByLabel('Notat (valgfritt)').fill('Starter hos Grenland Mekaniske Verksted');
  // A day ahead is refused with the reason, and what was typed stays to be corrected.
  const changedOn = history.getByRole('textbox', { name: 'Dato', exact: true });
  const today = await changedOn.inputValue();
  await changedOn.fill('1.1.2099');
  await changedOn.press('Tab');
  await history.getByRole('button', { name: 'Registrer', exact: true }).click();
  await expect(history.getByText('En statusendring kan ikke dateres fram i tid.')).toBeVisible();
  await expect(changedOn).toHaveValue('01.01.2099');
  await expect(history.getByLabel('Notat (valgfritt)')).toHaveValue('Starter hos Grenland Mekaniske Verksted');
  await changedOn.fill(today);
  await changedOn.press('Tab');
  await history.getByRole('button', { name: 'Registrer', exact: true }).click();
  await expect(page.getByText('Statusendringen er registrert')).toBeVisible();
  await expect(history.getByText('Startet arbeidstrening')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 }).locator('..')).toContainText('Arbeidstrening');

  // Hours: more than 60 is refused with a message, not cut to 60.
  const facts = section(page, 'Oppfølging');
  await facts.getByRole('button', { name: 'Endre oppfølging' }).click();
  await facts.getByLabel('Timer i uka').fill('75');
  await facts.getByRole('button', { name: 'Lagre' }).click();
  await expect(facts.getByText('Timer per uke må være et heltall fra 0 til 60.')).toBeVisible();
  await expect(facts.getByLabel('Timer i uka')).toHaveValue('75');
  await facts.getByLabel('Timer i uka').fill('30');
  await facts.getByRole('button', { name: 'Lagre' }).click();
  await expect(facts.getByText('30 timer i uka')).toBeVisible();

  // What was done is what the server kept.
  await page.reload();
  await expect(items(page, 'Talenter')).toHaveText([/Sveising/, /Baking/]);
  await expect(page.getByRole('checkbox', { name: /Søke på tre bakerier/ })).toBeChecked();
  await expect(section(page, 'Oppfølging').getByText('30 timer i uka')).toBeVisible();
});

async function participantPage(browser: Browser): Promise<Page> {
  const { baseURL, viewport, locale } = test.info().project.use;
  const context = await browser.newContext({ baseURL, viewport, locale });
  const page = await context.newPage();
  await loginAs(page, 'participant@example.org');
  return page;
}

test('a participant adds a step to their own plan on /me', async ({ browser }) => {
  const page = await participantPage(browser);
  await page.goto('/me');
  const plan = section(page, 'Plan');
  await plan.getByRole('button', { name: 'Legg til steg' }).click();
  await plan.getByRole('textbox', { name: 'Steg', exact: true }).fill('Ringe veilederen på NAV');
  await plan.getByRole('button', { name: 'Legg til', exact: true }).click();
  await expect(plan.getByRole('checkbox', { name: /Ringe veilederen på NAV/ })).toBeVisible();
  // The participant sees no coordinator controls.
  await expect(page.getByRole('button', { name: 'Registrer endring' })).toHaveCount(0);

  // Taken away again, after the question, so the demo participant's plan stays as seeded.
  await plan.getByRole('button', { name: 'Fjern Ringe veilederen på NAV' }).click();
  await plan.getByRole('button', { name: 'Ja, fjern' }).click();
  await expect(plan.getByRole('checkbox', { name: /Ringe veilederen på NAV/ })).toHaveCount(0);
  await page.context().close();
});
