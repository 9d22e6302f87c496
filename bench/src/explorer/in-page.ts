import type { BrowserContext, Page } from 'playwright-core';

/**
 * Waits until `expression` is true in the page, asking from here every 50 ms. Not
 * page.waitForFunction: that compiles its predicate inside the page, which the app's
 * Content-Security-Policy (script-src 'self', no 'unsafe-eval') refuses, and the app is
 * measured under the policy it is served with. page.evaluate runs through the debugging
 * protocol, which the policy does not govern. The times themselves are read from the page's
 * own clock, so polling does not delay them.
 */
export async function waitInPage(page: Page, expression: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate<boolean>(expression))) {
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${expression}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** Like waitInPage, but answers false instead of throwing when the time is up. */
export async function becomesTrue(
  page: Page,
  expression: string,
  timeoutMs: number,
): Promise<boolean> {
  try {
    await waitInPage(page, expression, timeoutMs);
    return true;
  } catch {
    return false;
  }
}

/** The page's clock (performance.now()), the one every entry the page records is on. */
export const pageNow = (page: Page) => page.evaluate<number>('performance.now()');

/**
 * Resolves once the page has painted twice more and then run a task: Event Timing entries and
 * long-task entries are delivered to observers after the paint that follows the event.
 */
export const afterPaints = (page: Page) =>
  page.evaluate<void>(
    'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100))))',
  );

export interface HeapUsage {
  page: number;
  workers: number[];
}

/**
 * The V8 heap in use by the page and by each of its workers (the layout's among them), read
 * through the debugging protocol: performance.memory sees the page's heap only, and coarsely.
 * With `collectGarbage`, each heap is collected first: what the page still holds, not what it
 * has not yet thrown away.
 */
export async function heapUsage(
  context: BrowserContext,
  page: Page,
  { collectGarbage = false } = {},
): Promise<HeapUsage> {
  const cdp = await context.newCDPSession(page);
  try {
    if (collectGarbage) await cdp.send('HeapProfiler.collectGarbage');
    const pageHeap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const sessions: string[] = [];
    cdp.on('Target.attachedToTarget', (event) => {
      if (event.targetInfo.type === 'worker') sessions.push(event.sessionId);
    });
    let lastId = 0;
    const replies = new Map<number, (message: { result?: { usedSize?: number } }) => void>();
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      const message = JSON.parse(event.message) as { id: number; result?: { usedSize?: number } };
      replies.get(message.id)?.(message);
    });
    // A worker's session takes messages wrapped in this session's (flatten: false).
    const ask = async (sessionId: string, method: string) => {
      const id = ++lastId;
      const reply = new Promise<{ result?: { usedSize?: number } }>((done) =>
        replies.set(id, done),
      );
      await cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method }),
      });
      const answer = await Promise.race([
        reply,
        new Promise<null>((done) => setTimeout(() => done(null), 10_000)),
      ]);
      if (!answer?.result) throw new Error(`a worker did not answer ${method}`);
      return answer.result;
    };
    // Attaching reports the workers already running.
    await cdp.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: false,
      flatten: false,
    });
    await new Promise((done) => setTimeout(done, 500));
    const workers: number[] = [];
    for (const sessionId of sessions) {
      if (collectGarbage) await ask(sessionId, 'HeapProfiler.collectGarbage');
      workers.push((await ask(sessionId, 'Runtime.getHeapUsage')).usedSize ?? Number.NaN);
    }
    return { page: pageHeap, workers };
  } finally {
    await cdp.detach();
  }
}

export const totalHeap = (heap: HeapUsage) => heap.page + heap.workers.reduce((a, b) => a + b, 0);
