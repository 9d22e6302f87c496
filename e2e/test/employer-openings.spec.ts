import { expect, gql, loginAs, test } from './fixtures';

const CREATE = `mutation($i: CreateOpportunityInput!) { createOpportunity(input: $i) { id } }`;

test('an employer deletes an opening nobody refers to, after being told it cannot be undone', async ({ page }) => {
  await loginAs(page, 'employer@example.org');
  const title = `Sommerjobb ${Date.now()}`;
  const { createOpportunity } = await gql<{ createOpportunity: { id: string } }>(page.request, CREATE, {
    i: { title, kind: 'JOB', hoursPerWeek: 20 },
  });

  await page.goto(`/employer/openings/${createOpportunity.id}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  // Archiving is the coordinators' work: the employer is offered deleting only.
  await expect(page.getByRole('button', { name: 'Arkiver' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Slett', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Slette ${title}?` });
  await expect(dialog).toContainText('Slettingen kan ikke angres.');
  await dialog.getByRole('button', { name: 'Slett for godt' }).click();

  await expect(page.getByText(`${title} er slettet`)).toBeVisible();
  await expect(page).toHaveURL(/\/employer\/openings$/);
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);
});
