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

/** A request still waiting from this organisation to this participant would refuse a new one. */
async function clearPendingRequests(coordinator: Page, organizationId: string, personId: string): Promise<void> {
  const { introductions } = await gql<{ introductions: { nodes: { id: string; participant: { id: string } | null }[] } }>(
    coordinator.request,
    `query ($org: ID!) {
      introductions(first: 100, filter: { statuses: [REQUESTED], organizationId: $org }) { nodes { id participant { id } } }
    }`,
    { org: organizationId },
  );
  for (const intro of introductions.nodes.filter((n) => n.participant?.id === personId)) {
    await gql(coordinator.request, 'mutation ($id: ID!) { answerIntroduction(id: $id, accept: false) { id } }', { id: intro.id });
  }
}

test('an employer finds a candidate by talent, the participant accepts, and the agreement is drafted', async ({ browser }) => {
  const participant = await pageOf(browser, 'participant@example.org');
  const employer = await pageOf(browser, 'employer@example.org');
  const coordinator = await pageOf(browser, 'coordinator@example.org');
  const me = await demoParticipant(participant);
  expect(me.talents.length).toBeGreaterThan(0);
  const { viewer } = await gql<{ viewer: { organization: { id: string; name: string } } }>(
    employer.request,
    '{ viewer { organization { id name } } }',
  );
  await clearPendingRequests(coordinator, viewer.organization.id, me.personId);

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

  const message = `Vi vil gjerne møte deg – ${Date.now()}`;
  await card.getByRole('button', { name: 'Be om introduksjon' }).click();
  const dialog = employer.getByRole('dialog', { name: `Be om introduksjon til ${me.pseudonym}` });
  await dialog.getByRole('textbox', { name: 'Melding til kandidaten' }).fill(message);
  await dialog.getByRole('button', { name: 'Send forespørsel' }).click();
  await expect(employer.getByText(`Forespørselen til ${me.pseudonym} er sendt`)).toBeVisible();
  await expect(dialog).toBeHidden();

  // Before the answer the employer sees the request under the pseudonym only.
  await employer.getByRole('link', { name: 'Introduksjoner' }).click();
  const waiting = employer.getByRole('article', { name: me.pseudonym }).filter({ hasText: message });
  await expect(waiting).toContainText('Venter på svar');
  await expect(waiting).not.toContainText(me.name);

  // The participant sees who asks and what for, and says yes.
  await participant.goto('/me');
  const request = participant
    .locator('div')
    .filter({ hasText: message, has: participant.getByRole('button', { name: 'Ja, introduser meg' }) })
    .last();
  await expect(request).toContainText(viewer.organization.name);
  await request.getByRole('button', { name: 'Ja, introduser meg' }).click();
  await expect(participant.getByText(`Du sa ja til ${viewer.organization.name}`)).toBeVisible();

  // Now the employer sees the name and contact, and drafts the agreement from it.
  await employer.reload();
  const accepted = employer.getByRole('article', { name: me.name }).filter({ hasText: message });
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

  // A candidate the organisation already waits for an answer from would be refused for that reason.
  const { introductions } = await gql<{ introductions: { nodes: { candidate: { id: string } | null }[] } }>(
    page.request,
    '{ introductions(first: 100, filter: { statuses: [REQUESTED] }) { nodes { candidate { id } } } }',
  );
  const waiting = new Set(introductions.nodes.map((n) => n.candidate?.id));

  await page.goto('/employer/candidates');
  await expect(page.getByText('Før den første forespørselen om introduksjon')).toBeVisible();
  await expect(page.getByRole('article').first()).toBeVisible();
  const shown = await page.getByRole('article').getByRole('heading').allTextContents();
  const pseudonym = shown.find((p) => !waiting.has(p));
  if (!pseudonym) throw new Error('Every candidate on the first page already has a request waiting');
  const card = page.getByRole('article', { name: pseudonym });
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
