import { expect, gql, test } from './fixtures';

interface Suggestion {
  kind: 'OPPORTUNITY' | 'EMPLOYER';
  title: string;
  organizationName: string;
}

test('suggested bridges on a journey name each employer once', async ({ coordinator: page }) => {
  // A demo participant with several suggestions, found through the API like any fixture.
  const { people } = await gql<{ people: { nodes: { id: string }[] } }>(
    page.request,
    '{ people(first: 60, filter: { isParticipant: true }) { nodes { id } } }',
  );
  let chosen: { id: string; suggestions: Suggestion[] } | null = null;
  for (const { id } of people.nodes) {
    const { suggestedBridges } = await gql<{ suggestedBridges: Suggestion[] }>(
      page.request,
      'query($id: ID!) { suggestedBridges(participantId: $id) { kind title organizationName } }',
      { id },
    );
    if (suggestedBridges.length >= 2) {
      chosen = { id, suggestions: suggestedBridges };
      break;
    }
  }
  if (!chosen) throw new Error('No demo participant has two suggested bridges');

  await page.goto(`/participants/${chosen.id}`);
  const card = page.locator('[aria-labelledby="suggested-bridges-title"]');
  await expect(card.getByText('Foreslåtte broer')).toBeVisible();
  const items = card.locator('li');
  await expect(items).toHaveCount(chosen.suggestions.length);
  // What the coordinator reads: "opening · employer", or the employer alone; never one employer twice.
  const employers: string[] = [];
  for (let i = 0; i < chosen.suggestions.length; i += 1) {
    const heading = (await items.nth(i).locator('p').first().textContent()) ?? '';
    employers.push(heading.includes(' · ') ? heading.split(' · ').at(-1)! : heading);
  }
  expect(new Set(employers).size).toBe(employers.length);
  expect(employers).toEqual(chosen.suggestions.map((s) => s.organizationName));
});
