import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import type { Role } from '@brobygger/domain';
import type { OverviewLayout } from '@brobygger/graph';
import { loadEnv } from '../env';
import { filterKey } from '../modules/graph/filter-key';
import { heldViewKeys } from '../modules/graph/graph-cache';
import { generationFor } from '../modules/graph/service';
import type { GraphFilterInput } from '../modules/graph/graph-types';
import { startPictureRefresh, type PictureRefresher } from '../modules/graph/picture-refresh';
import { startDemoViewers, type DemoViewers } from './demo-viewers';
import { PICTURE, type Picture } from './picture-fixtures';

/** A check interval that never comes: the tests drive the refresher with `tick`. */
export const NEVER = 3_600_000;
export const env = loadEnv({ NODE_ENV: 'test' });

/** Every unhandled rejection while `run` (and a short wait after it) goes on: what would crash a production process. */
export async function unhandledDuring(run: () => Promise<void>, waitMs = 60): Promise<unknown[]> {
  const saved = process.listeners('unhandledRejection');
  process.removeAllListeners('unhandledRejection');
  const caught: unknown[] = [];
  const listener = (reason: unknown) => void caught.push(reason);
  process.on('unhandledRejection', listener);
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve, waitMs));
  } finally {
    process.off('unhandledRejection', listener);
    for (const l of saved) process.on('unhandledRejection', l);
  }
  return caught;
}

/**
 * The demo network on a fresh server for the attacks on drawing ahead (picture-refresh.ts), and a
 * refresher on it driven by hand on a clock of the test's own: registers the suite's hooks.
 */
export function useDrawingAhead() {
  let demo: DemoViewers;
  let refresher: PictureRefresher | undefined;
  let now = 0;
  let written = 0;
  beforeAll(async () => {
    demo = await startDemoViewers();
  }, 120_000);
  afterAll(() => demo.api.stop());
  afterEach(() => {
    refresher?.stop();
    refresher = undefined;
    vi.restoreAllMocks();
  });

  const handle = () => demo.api.handle;
  return {
    get demo() {
      return demo;
    },
    get refresher() {
      return refresher!;
    },
    handle,
    read: async (role: Role, filter?: GraphFilterInput | Record<string, unknown>) =>
      (await demo.clients.get(role)!.data<{ compactGraph: Picture }>(PICTURE, { filter }))
        .compactGraph,
    /**
     * A change every view of the whole region shows, so its picture is drawn again (a write that
     * leaves a view as it was keeps its picture, graph-picture.ts): a new public organisation,
     * a node of its own in each view that shows the public sector's organisations.
     */
    write: async () => {
      written += 1;
      await demo.clients
        .get('COORDINATOR')!
        .data(`mutation($name: String!) { createOrganization(input: { name: $name, sector: PUBLIC, kind: NAV_OFFICE }) { id } }`, {
          name: `Nytt kontor ${written}`,
        });
    },
    coordinator: (query: string, variables: Record<string, unknown>) =>
      demo.clients.get('COORDINATOR')!.data(query, variables),
    /** The picture this graph version's cache holds for a view of the whole region, by its key, if one was drawn. */
    cachedPictureByKey: async (key: string): Promise<OverviewLayout | null | undefined> => {
      const view = await (await generationFor(handle(), {})).views.get(key);
      return view?.picture ? await view.picture : undefined;
    },
    /** The picture this graph version's cache holds for a role view and filter, if one was drawn. */
    cachedPicture: async (
      viewKey: string,
      filter: GraphFilterInput | null | undefined,
    ): Promise<OverviewLayout | null | undefined> => {
      const generation = await generationFor(handle(), {
        networkId: filter?.networkId ?? undefined,
      });
      const view = await generation.views.get(`${viewKey}\u0000${filterKey(filter)}`);
      return view?.picture ? await view.picture : undefined;
    },
    viewKeysNow: (): Promise<string[]> => Promise.resolve(heldViewKeys(handle())),
    start: (): PictureRefresher => {
      now = 0;
      refresher = startPictureRefresh(handle(), env, NEVER, () => now);
      return refresher;
    },
    /** Moves the refresher's clock on. */
    advance: (ms: number): void => {
      now += ms;
    },
    /** Lets the newest graph version hold for the quiet second, so the refresher draws it. */
    settle: async (): Promise<void> => {
      await refresher!.tick();
      now += 1_000;
      await refresher!.tick();
    },
  };
}
