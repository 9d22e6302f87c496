import { expect, gql, loginAs, test } from './fixtures';

test('an employer who types a participant URL gets a clear "not allowed" page', async ({ page, browser }) => {
  // The participant's id comes from a coordinator's session, in a separate context.
  const coordinatorContext = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const coordinator = await coordinatorContext.newPage();
  await loginAs(coordinator, 'coordinator@example.org');
  const { people } = await gql<{ people: { nodes: { id: string }[] } }>(
    coordinator.request,
    '{ people(first: 1, filter: { isParticipant: true }) { nodes { id } } }',
  );
  await coordinatorContext.close();

  await loginAs(page, 'employer@example.org');
  await page.goto(`/participants/${people.nodes[0]!.id}`);
  await expect(page.getByRole('heading', { name: 'Ikke tillatt' })).toBeVisible();
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
