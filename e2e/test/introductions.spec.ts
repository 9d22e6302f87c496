import type { Browser, Page } from '@playwright/test';
import { NEW_ACCOUNT_PASSWORD, expect, gql, loginAs, test } from './fixtures';

/** A page of its own browser context, logged in as `email`: each user keeps their own cookies. */
async function pageOf(browser: Browser, email: string, password?: string): Promise<Page> {
  const { baseURL, viewport, locale } = test.info().project.use;
  const context = await browser.newContext({ baseURL, viewport, locale });
  const page = await context.newPage();
  await loginAs(page, email, password);
  return page;
}

interface DemoParticipant {
  personId: string;
  name: string;
  email: string;
  talents: string[];
  pseudonym: string;
}

const DEMO_EMPLOYER = 'Grenland Mekaniske Verksted AS';

/**
 * Who the demo participant is and which pseudonym the demo employer sees them under, read
 * through the API in their own session (a participant sees their own card on each
 * introduction as that introduction's organisation sees it; card ids differ per organisation).
 */
async function demoParticipant(page: Page): Promise<DemoParticipant> {
  const data = await gql<{
    viewer: { person: { id: string; name: string; email: string; participant: { talents: { name: string }[] } } };
    introductions: { nodes: { organization: { name: string }; candidate: { pseudonym: string } | null }[] };
  }>(
    page.request,
    `{
      viewer { person { id name email participant { talents { name } } } }
      introductions(first: 50) { nodes { organization { name } candidate { pseudonym } } }
    }`,
  );
  const person = data.viewer.person;
  const pseudonym = data.introductions.nodes.find((n) => n.candidate && n.organization.name === DEMO_EMPLOYER)?.candidate?.pseudonym;
  if (!pseudonym) throw new Error('The demo participant has no introduction from the demo employer to read their pseudonym from');
  return { personId: person.id, name: person.name, email: person.email, talents: person.participant.talents.map((t) => t.name), pseudonym };
}

test('an employer sees its waiting request on the card, the participant accepts, the agreement is drafted, and a withdrawn yes hides the name again', async ({ browser }) => {
  const participant = await pageOf(browser, 'participant@example.org');
  const employer = await pageOf(browser, 'employer@example.org');
  const coordinator = await pageOf(browser, 'coordinator@example.org');
  const me = await demoParticipant(participant);
  expect(me.talents.length).toBeGreaterThan(0);
  const { viewer } = await gql<{ viewer: { organization: { id: string; name: string } } }>(
    employer.request,
    '{ viewer { organization { id name } } }',
  );

  // The employer narrows the cards by the participant's talents; no card shows a name.
  await employer.goto('/employer');
  await expect(employer).toHaveURL(/\/employer\/candidates$/);
  const talents = employer.getByRole('combobox', { name: 'Talenter (alle må finnes)' });
  for (const talent of me.talents) {
    await talents.fill(talent);
    await talents.press('Enter');
  }
  const card = employer.getByRole('article', { name: me.pseudonym });
  await expect(card).toBeVisible();
  for (const talent of me.talents) await expect(card).toContainText(talent);
  await expect(card).not.toContainText(me.name);
  // The organisation asked this candidate before (the demo data's request): one request per
  // candidate, so the card says where it stands instead of offering a second.
  await expect(card).toContainText('Introduksjon:');
  await expect(card).toContainText('Venter på svar');
  await expect(card.getByRole('button', { name: 'Be om introduksjon' })).toHaveCount(0);

  // Before the answer the employer sees the request under the pseudonym only.
  await employer.getByRole('link', { name: 'Introduksjoner' }).click();
  const waiting = employer.getByRole('article', { name: me.pseudonym }).first();
  await expect(waiting).toContainText('Venter på svar');
  await expect(waiting).not.toContainText(me.name);

  // The participant sees who asks, and says yes.
  await participant.goto('/me');
  const request = participant
    .locator('div')
    .filter({ hasText: viewer.organization.name, has: participant.getByRole('button', { name: 'Ja, introduser meg' }) })
    .last();
  await request.getByRole('button', { name: 'Ja, introduser meg' }).click();
  // A yes shows the name at once: the participant confirms it, told so.
  const confirmYes = participant.getByRole('dialog', { name: `Si ja til ${viewer.organization.name}?` });
  await expect(confirmYes).toContainText('navnet');
  await confirmYes.getByRole('button', { name: 'Ja, introduser meg' }).click();
  await expect(participant.getByText(`Du sa ja til ${viewer.organization.name}`)).toBeVisible();

  // Now the employer sees the name and contact, and drafts the agreement from it.
  await employer.reload();
  const accepted = employer.getByRole('article', { name: me.name }).first();
  await expect(accepted).toContainText('Akseptert');
  await expect(accepted.getByRole('link', { name: me.email })).toBeVisible();
  await accepted.getByRole('button', { name: 'Lag avtaleutkast' }).click();
  await expect(employer).toHaveURL(/\/agreements\/[^/]+$/);
  const heading = employer.getByRole('heading', { level: 1 });
  await expect(heading).toBeVisible();
  const title = (await heading.textContent()) ?? '';
  expect(title).not.toBe('');
  await expect(employer.getByText('Utkast', { exact: true }).first()).toBeVisible();
  await expect(employer.getByRole('link', { name: me.name })).toBeVisible();
  const agreementUrl = employer.url();

  // The coordinator finds the draft in the agreements list.
  await coordinator.goto('/agreements');
  await coordinator.getByRole('textbox', { name: 'Søk' }).fill(title);
  await coordinator.getByRole('link', { name: title }).first().click();
  await expect(coordinator.getByRole('heading', { level: 1, name: title })).toBeVisible();
  expect(new URL(coordinator.url()).pathname).toBe(new URL(agreementUrl).pathname);

  // The participant takes the yes back, after being told what it means.
  await participant.reload();
  const yes = participant
    .locator('div')
    .filter({ hasText: viewer.organization.name, has: participant.getByRole('button', { name: 'Trekk tilbake ja' }) })
    .last();
  await yes.getByRole('button', { name: 'Trekk tilbake ja' }).click();
  const confirm = participant.getByRole('dialog', { name: 'Trekke tilbake ja-et ditt?' });
  await expect(confirm).toContainText('ser ikke lenger navnet og kontaktinformasjonen din');
  await confirm.getByRole('button', { name: 'Trekk tilbake ja' }).click();
  await expect(participant.getByText(`Du trakk tilbake ja-et til ${viewer.organization.name}`)).toBeVisible();
  // The card now says so, and offers nothing more to take back.
  await expect(participant.getByText('Du trakk tilbake ja', { exact: true })).toBeVisible();
  await expect(yes).toHaveCount(0);

  // The employer no longer sees who it was; the introduction and the card say the yes was withdrawn.
  await employer.goto('/employer');
  await employer.getByRole('link', { name: 'Introduksjoner' }).click();
  await expect(employer.getByRole('article', { name: me.pseudonym }).filter({ hasText: 'Trukket tilbake' })).toHaveCount(1);
  await expect(employer.getByRole('article', { name: me.name })).toHaveCount(0);
  await expect(employer.getByText(me.email)).toHaveCount(0);
  await employer.goto('/employer');
  for (const talent of me.talents) {
    await talents.fill(talent);
    await talents.press('Enter');
  }
  await expect(card).toContainText('Trukket tilbake');
  await expect(card.getByRole('button', { name: 'Be om introduksjon' })).toHaveCount(0);
});

test('an employer account accepts the terms of use before its first request', async ({ browser }) => {
  const admin = await pageOf(browser, 'admin@example.org');
  const employerOfDemo = await pageOf(browser, 'employer@example.org');
  const { viewer } = await gql<{ viewer: { organization: { id: string } } }>(employerOfDemo.request, '{ viewer { organization { id } } }');
  const email = `rekrutterer-${Date.now()}@example.org`;
  await gql(admin.request, 'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }', {
    input: { email, password: NEW_ACCOUNT_PASSWORD, role: 'EMPLOYER', organizationId: viewer.organization.id },
  });
  const page = await pageOf(browser, email, NEW_ACCOUNT_PASSWORD);

  await page.goto('/employer/candidates');
  await expect(page.getByText('Før den første forespørselen om introduksjon')).toBeVisible();
  await expect(page.getByRole('article').first()).toBeVisible();
  // A candidate the organisation has asked before offers no second request: take one it has not.
  const card = page.getByRole('article').filter({ has: page.getByRole('button', { name: 'Be om introduksjon' }) }).first();
  const pseudonym = (await card.getByRole('heading').textContent()) ?? '';
  expect(pseudonym).not.toBe('');
  await card.getByRole('button', { name: 'Be om introduksjon' }).click();
  const dialog = page.getByRole('dialog', { name: `Be om introduksjon til ${pseudonym}` });
  await expect(dialog.getByText('kan bare brukes til denne rekrutteringen')).toBeVisible();

  // Sending without accepting is answered on the checkbox, and nothing is sent.
  await dialog.getByRole('button', { name: 'Send forespørsel' }).click();
  await expect(dialog.getByText('Du må godta vilkårene før den første forespørselen.')).toBeVisible();

  await dialog.getByRole('checkbox', { name: 'Jeg godtar vilkårene for introduksjoner' }).check();
  await dialog.getByRole('button', { name: 'Send forespørsel' }).click();
  await expect(page.getByText(`Forespørselen til ${pseudonym} er sendt`)).toBeVisible();
  await expect(page.getByText(/Du godtok vilkårene for introduksjoner/)).toBeVisible();

  const { introductionTerms } = await gql<{ introductionTerms: { acceptedAt: string | null } }>(
    page.request,
    '{ introductionTerms { acceptedAt } }',
  );
  expect(introductionTerms.acceptedAt).not.toBeNull();
});
