import type { Page } from '@playwright/test';
import { expect, gql, test } from './fixtures';

test('a coordinator finds a participant through the graph search and opens their journey', async ({ coordinator: page }) => {
  const { people } = await gql<{ people: { nodes: { id: string; name: string }[] } }>(
    page.request,
    '{ people(first: 1, filter: { isParticipant: true }, orderBy: { field: NAME }) { nodes { id name } } }',
  );
  const participant = people.nodes[0]!;

  await page.goto('/explorer');
  // The first load of the whole graph can take a while on a busy two-core machine.
  await expect(page.getByText(/[\d\s]+ noder · [\d\s]+ bånd/)).toBeVisible({ timeout: 60_000 });
  const search = page.getByRole('combobox', { name: 'Søk i kartet' });
  await search.fill(participant.name);
  await page.getByRole('option', { name: new RegExp(participant.name) }).first().click();

  await expect(page.getByRole('heading', { name: participant.name })).toBeVisible();
  await page.getByRole('link', { name: 'Åpne reisen' }).click();

  await expect(page).toHaveURL(new RegExp(`/participants/${participant.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: participant.name })).toBeVisible();
  await expect(page.getByText('Statushistorikk').first()).toBeVisible();
});

/** The share of the canvas's pixels that are not (near) white: a blank WebGL canvas is all white. */
async function inkedShare(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i]! < 230 || data[i + 1]! < 230 || data[i + 2]! < 230) count += 1;
    }
    return count / (data.length / 4);
  }, png.toString('base64'));
}

test('a coordinator turns on "cross-sector ties only" and sees fewer ties', async ({ coordinator: page }) => {
  await page.goto('/explorer');
  const counts = page.getByText(/[\d\s]+ noder · [\d\s]+ bånd/);
  await expect(counts).toBeVisible({ timeout: 60_000 });
  const ties = async () => Number(/([\d\s]+) bånd/.exec((await counts.textContent()) ?? '')?.[1]?.replace(/\D/g, ''));
  const before = await ties();
  const canvas = page.getByTestId('graph-canvas');
  await page.waitForTimeout(1500);
  const picture = await canvas.screenshot();

  await page.getByRole('switch', { name: 'Bare bånd på tvers av sektorer' }).click({ force: true });

  await expect.poll(ties).toBeLessThan(before);
  expect(await ties()).toBeGreaterThan(0);
  // The canvas draws the filtered graph, not the one before it (the renderer is kept across filters).
  await expect.poll(async () => (await canvas.screenshot()).equals(picture), { timeout: 15_000 }).toBe(false);
  expect(await inkedShare(page, await canvas.screenshot())).toBeGreaterThan(0.02);
});

test('the graph canvas is really drawn', async ({ coordinator: page }) => {
  await page.goto('/explorer');
  await expect(page.getByText(/[\d\s]+ noder · [\d\s]+ bånd/)).toBeVisible({ timeout: 60_000 });
  const canvas = page.getByTestId('graph-canvas');
  await expect(canvas).toBeVisible();
  // Let the first frames land, then look at real pixels.
  await page.waitForTimeout(1500);
  expect(await inkedShare(page, await canvas.screenshot())).toBeGreaterThan(0.02);
});

test("the map opens already drawn from the server's picture, and the layout runs only when asked", async ({ coordinator: page }) => {
  await page.goto('/explorer');
  await expect(page.getByText(/[\d\s]+ noder · [\d\s]+ bånd/)).toBeVisible({ timeout: 60_000 });
  // No layout starts on its own: every node already has its place.
  await expect(page.getByText('Layout i ro', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Kjør layout' }).click();
  await expect(page.getByText('Layout kjører', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Stopp layout' }).click();
  await expect(page.getByText('Layout i ro', { exact: true })).toBeVisible();
});

test('the map keeps filling its box when the window narrows to a phone', async ({ coordinator: page }) => {
  await page.goto('/explorer');
  await expect(page.getByText(/[\d\s]+ noder · [\d\s]+ bånd/)).toBeVisible({ timeout: 60_000 });
  const box = page.getByTestId('graph-canvas');
  // Sigma's canvases are sized to the box it measured last.
  const drawnWidth = () => box.evaluate((element) => ({ box: element.clientWidth, drawing: element.querySelector('canvas')?.clientWidth ?? 0 }));
  const wide = await drawnWidth();
  expect(wide.drawing).toBe(wide.box);

  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(async () => (await drawnWidth()).box).toBeLessThan(wide.box);
  await expect.poll(async () => {
    const { box: width, drawing } = await drawnWidth();
    return drawing === width;
  }).toBe(true);
});
