import type { Page } from 'playwright-core';
import { afterPaints, becomesTrue, pageNow, waitInPage } from './in-page';
import type { InputEvent, LongTask, PointerMove } from './page-scripts';
import type { SearchTarget } from './search-target';

/**
 * Search, filter and hover in the explorer while ForceAtlas2 runs, each timed from input to the
 * end of its main-thread handling (processingEnd − startTime, so the wait for a busy main thread
 * counts, the paint after it does not). The app's words are its Norwegian ones (i18n/nb.ts).
 */

export interface Interaction {
  /** The worst event of the interaction; NaN when none was reported. */
  ms: number;
  /** Which event that was, and how many were reported. */
  worst: string;
  events: number;
  /** Whether the layout was running when the interaction began and still when it ended. */
  duringLayout: boolean;
}

const layoutRunning = (page: Page) => page.getByText('Layout kjører', { exact: true }).isVisible();

/**
 * Starts a fresh ForceAtlas2 run with the app's own buttons (stopping the one under way, if
 * any), so the interaction that follows has the whole of the run's time on its own (about 7 s
 * at 2,000 people, 30 s at 20,000: use-layout.ts). From the keyboard, so the pointer stays
 * where it is: a pointer crossing the canvas makes sigma hit-test nodes.
 */
export async function freshLayoutRun(page: Page): Promise<void> {
  const press = async (name: string, then: string) => {
    await page.getByRole('button', { name, exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(then, { exact: true }).waitFor({ timeout: 30_000 });
  };
  if (await layoutRunning(page)) await press('Stopp layout', 'Layout i ro');
  await press('Kjør layout', 'Layout kjører');
}

/** The worst Event Timing entry that began in [from, to]. */
async function worstInputEvent(
  page: Page,
  from: number,
  to: number,
): Promise<Omit<Interaction, 'duringLayout'>> {
  const events = (await page.evaluate<InputEvent[]>('window.__inputEvents')).filter(
    (e) => e.start >= from && e.start <= to,
  );
  let worst: InputEvent | null = null;
  for (const e of events)
    if (!worst || e.processingEnd - e.start > worst.processingEnd - worst.start) worst = e;
  return worst
    ? { ms: worst.processingEnd - worst.start, worst: worst.name, events: events.length }
    : { ms: Number.NaN, worst: 'no event reached the 16 ms threshold', events: 0 };
}

/** Runs `act` inside a window on the page's clock and returns the worst input event in it. */
async function timed(page: Page, act: () => Promise<void>): Promise<Interaction> {
  const before = await layoutRunning(page);
  const from = await pageNow(page);
  await act();
  // Asked as soon as the input is handled: a new filter's graph, arriving later, ends the run.
  const after = await layoutRunning(page);
  // Entries arrive after the paint that follows their event.
  await afterPaints(page);
  const to = await pageNow(page);
  return { ...(await worstInputEvent(page, from, to)), duringLayout: before && after };
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Search: types the first letters of a label into the explorer's search box, a person's pace
 * apart, and clicks the suggestion. Every key event, the input events and the click count.
 */
export async function measureSearch(page: Page, target: SearchTarget): Promise<Interaction> {
  await freshLayoutRun(page);
  const box = page.getByLabel('Søk i kartet', { exact: true }).first();
  await box.focus();
  // The suggestion reads "<label> · <kind>".
  const option = page
    .getByRole('option', { name: new RegExp(`^${escaped(target.label)}( ·|$)`) })
    .first();
  return timed(page, async () => {
    await page.keyboard.type(target.typed, { delay: 120 });
    await option.click({ timeout: 60_000 });
  });
}

/** The camera's position as the canvas element shows it (graph-canvas.tsx), to see it come to rest. */
const CAMERA = `(() => { const c = document.querySelector('[data-testid="graph-canvas"]'); return c ? c.dataset.cameraX + ',' + c.dataset.cameraY + ',' + c.dataset.cameraRatio : ''; })()`;

async function cameraAtRest(page: Page): Promise<void> {
  let last = '';
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    await afterPaints(page);
    const now = await page.evaluate<string>(CAMERA);
    if (now === last) return;
    last = now;
  }
}

/** Offsets from the canvas centre, outward in rings of 8: the chosen node may drift while the layout runs. */
function* spiral(rings: number, step: number): Generator<[number, number]> {
  yield [0, 0];
  for (let ring = 1; ring <= rings; ring += 1) {
    for (let k = 0; k < 8; k += 1) {
      const angle = (k / 8) * Math.PI * 2;
      yield [Math.cos(angle) * ring * step, Math.sin(angle) * ring * step];
    }
  }
}

export interface Hover extends Interaction {
  /** Moves made: until one landed on a node, or all of them when none did. */
  moves: number;
}

/**
 * Hover: sigma hit-tests on mousemove, which Event Timing does not report, so each move is
 * timed by OBSERVE_POINTER_MOVES (page-scripts.ts): the event's timeStamp to the end of its
 * dispatch, sigma's and the app's enterNode handlers included. The node chosen by the search
 * is at the canvas centre once the camera rests; the pointer goes there, and spirals out in
 * 4-pixel steps until it lands on a node (the app then sets a pointer cursor on the canvas).
 * The figure is the move that entered the node.
 */
export async function measureHover(page: Page): Promise<Hover> {
  await freshLayoutRun(page);
  await cameraAtRest(page);
  const canvas = await page.getByTestId('graph-canvas').boundingBox();
  if (!canvas) throw new Error('no graph canvas to hover');
  const before = await layoutRunning(page);
  let moves = 0;
  for (const [dx, dy] of spiral(5, 4)) {
    const seen = await page.evaluate<number>('window.__pointerMoves.length');
    await page.mouse.move(canvas.x + canvas.width / 2 + dx, canvas.y + canvas.height / 2 + dy);
    moves += 1;
    await waitInPage(page, `window.__pointerMoves.length > ${seen}`, 30_000);
    const hovered = await page.evaluate<boolean>(
      `document.querySelector('[data-testid="graph-canvas"]').style.cursor === 'pointer'`,
    );
    if (!hovered) continue;
    const move = (await page.evaluate<PointerMove[]>('window.__pointerMoves')).at(-1)!;
    const duringLayout = before && (await layoutRunning(page));
    return { ms: move.end - move.start, worst: 'mousemove', events: 1, duringLayout, moves };
  }
  return {
    ms: Number.NaN,
    worst: 'no node came under the pointer',
    events: 0,
    duringLayout: false,
    moves,
  };
}

/** The filter's input, and the wait for the graph it asks for. */
export interface FilterToggle extends Interaction {
  /** From the key press to the new graph's frame on screen; NaN when none came within a minute. */
  redrawMs: number;
  /** The longest main-thread task in that time (the answer read, the graph built and handed to sigma, its frame). */
  redrawLongestTaskMs: number;
}

/** The app's mark for each frame with a graph that replaced the last one (frame-marks.ts in the web app). */
const NEW_GRAPH_FRAME = 'explorer:new-graph-frame';
const newGraphFrameAfter = (from: number) =>
  `performance.getEntriesByName(${JSON.stringify(NEW_GRAPH_FRAME)}).find((e) => e.startTime > ${from})?.startTime ?? null`;

/**
 * Filter: toggles "cross-sector ties only" in the filters panel, from the keyboard (Space on
 * the focused switch) so no pointer crosses the canvas on the way. The input's handling (the
 * keyboard and click events, React's update of the explorer's state) is the interaction; the
 * new filter then re-queries the server and draws its graph in tasks of their own, timed
 * apart until its frame is on screen (the app's NEW_GRAPH_FRAME mark).
 */
export async function measureFilter(page: Page): Promise<FilterToggle> {
  await freshLayoutRun(page);
  const toggle = page.getByRole('switch', { name: 'Bare bånd på tvers av sektorer' });
  await toggle.focus();
  const was = await toggle.isChecked();
  const pressedAt = await pageNow(page);
  const result = await timed(page, () => page.keyboard.press('Space'));
  if (
    !(await becomesTrue(page, `${JSON.stringify(!was)} === document.activeElement.checked`, 10_000))
  ) {
    throw new Error('the filter switch did not toggle');
  }
  const drawn = (await becomesTrue(page, `${newGraphFrameAfter(pressedAt)} !== null`, 60_000))
    ? await page.evaluate<number>(newGraphFrameAfter(pressedAt))
    : Number.NaN;
  const tasks = (await page.evaluate<LongTask[]>('window.__longTasks')).filter(
    (t) => t.start >= pressedAt && t.start <= drawn,
  );
  return {
    ...result,
    redrawMs: drawn - pressedAt,
    redrawLongestTaskMs: Number.isNaN(drawn) ? Number.NaN : Math.max(0, ...tasks.map((t) => t.duration)),
  };
}
