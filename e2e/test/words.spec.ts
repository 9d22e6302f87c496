import type { APIRequestContext, Page } from '@playwright/test';
import { DEMO_PASSWORD, expect, gql, loginAs, test } from './fixtures';

/**
 * Words from codes (DESIGN.md, "Errors and words"): the API refuses in English for API clients,
 * the Norwegian UI words the same refusal from its code. Each test first collects the English
 * sentences the API gives for what it is about to do, then does it in the UI and checks the
 * Norwegian words are there and none of those sentences is on the screen.
 */

interface RawError {
  message: string;
  extensions?: { code?: string; reason?: string; params?: Record<string, unknown> };
}

/** One GraphQL operation that may be refused: the errors come back instead of failing the test. */
async function attempt(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}) {
  const response = await request.post('/graphql', { data: { query, variables }, headers: { 'apollo-require-preflight': 'true' } });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: RawError[] };
}

/** Fails when the page shows any of the API's English sentences. */
async function expectNoneOf(page: Page, english: readonly string[]): Promise<void> {
  expect(english.length).toBeGreaterThan(0);
  const text = await page.locator('body').innerText();
  for (const sentence of english) expect(text, `the page shows the API's "${sentence}"`).not.toContain(sentence);
}

/** Posts a file to an import endpoint as the browser does and returns the streamed lines. */
async function importLines(request: APIRequestContext, url: string, body: string): Promise<Record<string, unknown>[]> {
  const response = await request.post(url, { data: Buffer.from(body, 'utf8'), headers: { 'Content-Type': 'application/octet-stream' } });
  return (await response.text())
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

test('a failed login is told in Norwegian, never in the API’s English', async ({ page }) => {
  const stamp = Date.now();
  const refused = await attempt(page.request, 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { expiresAt } }', {
    e: `ordbok-api-${stamp}@example.org`,
    p: 'ikke-det-riktige',
  });
  const error = refused.errors?.[0];
  expect(error?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'WRONG_LOGIN' });

  await page.goto('/login');
  await page.getByLabel(/^E-post/).fill(`ordbok-ui-${stamp}@example.org`);
  await page.locator('input[type="password"]').fill('ikke-det-riktige');
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await expect(page.getByRole('alert')).toHaveText('Feil e-post eller passord.');
  await expectNoneOf(page, [error!.message]);
});

test('a lifecycle refusal and a duplicate are worded in Norwegian', async ({ coordinator: page }) => {
  const title = `Ordbok-avtale ${Date.now()}`;
  const { createAgreement } = await gql<{ createAgreement: { id: string } }>(
    page.request,
    'mutation ($title: String!) { createAgreement(input: { title: $title, kind: MENTORSHIP }) { id } }',
    { title },
  );
  const proposed = await attempt(page.request, 'mutation ($id: ID!) { proposeAgreement(id: $id) { id } }', { id: createAgreement.id });
  expect(proposed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'AGREEMENT_NO_PARTIES' });
  const { agreement } = await gql<{ agreement: { allowedMoves: { reason: string | null }[] } }>(
    page.request,
    'query ($id: ID!) { agreement(id: $id) { allowedMoves { reason } } }',
    { id: createAgreement.id },
  );
  const english = [proposed.errors![0]!.message, ...agreement.allowedMoves.flatMap((move) => (move.reason ? [move.reason] : []))];

  await page.goto(`/agreements/${createAgreement.id}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const why = page.getByRole('list', { name: 'Hvorfor noen handlinger ikke er tilgjengelige' });
  await expect(why).toContainText('Foreslå: Avtalen har ingen parter ennå. Legg til parter fra minst to sektorer.');
  await expect(why).toContainText('Aktiver: Avtalen må foreslås før den kan aktiveres.');
  await expectNoneOf(page, english);

  // A duplicate organisation number: refused by the API, told under the field in Norwegian.
  const orgNumber = await freeOrgNumber(page.request);
  const first = `Ordbok Første ${Date.now()}`;
  await gql(page.request, 'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }', {
    input: { name: first, sector: 'BUSINESS', kind: 'COMPANY', orgNumber },
  });
  const twice = await attempt(page.request, 'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }', {
    input: { name: `${first} igjen`, sector: 'BUSINESS', kind: 'COMPANY', orgNumber },
  });
  expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ORG_NUMBER_TAKEN', params: { orgNumber, name: first } });

  await page.goto('/organizations/new');
  await page.getByRole('textbox', { name: 'Navn' }).fill(`${first} igjen`);
  await page.getByRole('combobox', { name: 'Type' }).click();
  await page.getByRole('option', { name: 'Bedrift' }).click();
  await page.getByRole('textbox', { name: 'Organisasjonsnummer' }).fill(orgNumber);
  await page.getByRole('button', { name: 'Opprett' }).click();
  await expect(page.getByText(`Organisasjonsnummer ${orgNumber} er allerede registrert på ${first}.`)).toBeVisible();
  await expectNoneOf(page, [twice.errors![0]!.message]);
});

test('an import with bad rows and a wrong file is reported in Norwegian', async ({ coordinator: page }) => {
  const stamp = Date.now();
  const csv = [
    'Navn;E-post;Sektor;Arbeidssted',
    `Kari Ordentlig;kari.${stamp}@example.no;næringsliv;`,
    'Åse Feilskrevet;ikke-en-epost;Sivilsamfunn;',
    `Jon Ukjent;jon.${stamp}@example.no;Offentlig sektor;Finnes Ikke ${stamp} AS`,
  ].join('\n');
  const mapping = JSON.stringify({ name: 'Navn', email: 'E-post', sector: 'Sektor', organization: 'Arbeidssted' });
  const lines = await importLines(page.request, `/import/people?dryRun=true&mapping=${encodeURIComponent(mapping)}`, csv);
  const report = lines.at(-1)?.report as { rejectedRows: { reason: string; problem: string }[] };
  expect(report.rejectedRows.map((row) => row.problem)).toEqual(['EMAIL', 'UNKNOWN_ORGANIZATION']);
  const wrongFile = await importLines(page.request, '/import/brreg?dryRun=true', csv);
  expect(wrongFile.at(-1)).toMatchObject({ type: 'error', code: 'BAD_USER_INPUT', reason: 'REGISTER_NOT_ENHETER' });
  const english = [...report.rejectedRows.map((row) => row.reason), String(wrongFile.at(-1)?.message)];

  await page.goto('/import');
  await page.getByRole('tab', { name: 'Personer' }).click();
  await page.locator('input[type="file"]').setInputFiles({ name: 'personer.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await page.getByRole('button', { name: 'Prøv (skriver ingenting)' }).click();
  await expect(page.getByText('Prøvekjøring: ingenting er skrevet.')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'E-post: Skriv en e-postadresse som navn@example.no.' })).toBeVisible();
  await expect(page.getByRole('cell', { name: `Ingen organisasjon heter «Finnes Ikke ${stamp} AS» eller har det nummeret.` })).toBeVisible();
  await expectNoneOf(page, english);

  await page.getByRole('tab', { name: 'Enhetsregisteret' }).click();
  await page.locator('input[type="file"]').setInputFiles({ name: 'enheter.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await page.getByRole('button', { name: 'Prøv (skriver ingenting)' }).click();
  await expect(page.getByRole('alert')).toHaveText('Filen har ingen kolonne «organisasjonsnummer»: er det Enhetsregisterets fil over enheter?');
  await expectNoneOf(page, english);
});

test('the audit log reads in Norwegian: who, what, and the name, not codes and ids', async ({ page, request }) => {
  const name = `Ordbok Revisjon ${Date.now()}`;
  await gql(request, 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { expiresAt } }', {
    e: 'coordinator@example.org',
    p: DEMO_PASSWORD,
  });
  await gql(request, 'mutation ($name: String!) { createOrganization(input: { name: $name, sector: BUSINESS, kind: COMPANY }) { id } }', { name });

  await loginAs(page, 'admin@example.org');
  const { auditEvents } = await gql<{ auditEvents: { nodes: { action: string; entityType: string; entityId: string | null }[] } }>(
    page.request,
    '{ auditEvents(first: 50) { nodes { action entityType entityId } } }',
  );
  await page.goto('/admin/audit');
  await expect(page.getByRole('heading', { name: 'Revisjonslogg' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('coordinator@example.org');
  await expect(row).toContainText('Brobygger');
  await expect(row).toContainText('Opprettet');
  await expect(row).toContainText(`Organisasjon: ${name}`);

  // No action or kind of record as its code, and no id, anywhere in the log.
  const actions = await page.locator('tbody tr td:nth-child(4)').allInnerTexts();
  expect(actions.length).toBeGreaterThan(0);
  const codes = new Set(auditEvents.nodes.map((event) => event.action));
  expect(actions.filter((text) => codes.has(text.trim()))).toEqual([]);
  const text = await page.locator('body').innerText();
  expect(text).not.toContain('Organization');
  for (const event of auditEvents.nodes) if (event.entityId) expect(text).not.toContain(event.entityId);
});

/** A valid organisation number no organisation has yet (MOD11 over random digits). */
async function freeOrgNumber(request: APIRequestContext): Promise<string> {
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    const first = `9${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
    const sum = weights.reduce((s, w, i) => s + w * Number(first[i]), 0);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    const number = `${first}${check === 11 ? 0 : check}`;
    const found = await gql<{ organizations: { totalCount: number } }>(request, 'query ($s: String!) { organizations(filter: { search: $s }) { totalCount } }', {
      s: number,
    });
    if (found.organizations.totalCount === 0) return number;
  }
}
