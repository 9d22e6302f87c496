import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OverviewLayout } from '@brobygger/graph';
import { startDemoViewers, type DemoViewers } from '../../security/demo-viewers';
import { loadEnv } from '../../env';
import { startTestApi } from '../../testing/test-api';
import { filterKey } from './filter-key';
import { sql } from 'drizzle-orm';
import { schema } from '@brobygger/db';
import { generationFor } from './service';
import type { GraphFilterInput } from './graph-types';
import { PictureRefresher, startPictureRefresh } from './picture-refresh';

/**
 * Drawing ahead (picture-refresh.ts): the pictures of the views in use are made for the newest
 * version of the region's graph before anyone asks, as the role's members would get them, and only those.
 */
const PICTURE = `query($filter: GraphFilter) { compactGraph(filter: $filter) { nodeIds nodeX nodeY } }`;
const NEVER = 3_600_000;

let demo: DemoViewers;
let refresher: PictureRefresher | undefined;
beforeAll(async () => {
  demo = await startDemoViewers();
});
afterAll(() => demo.api.stop());
afterEach(() => refresher?.stop());

const env = loadEnv({ NODE_ENV: 'test' });

/** The picture this graph version's cache holds for a role view and filter, if one was drawn. */
async function drawnPicture(
  viewKey: string,
  filter: GraphFilterInput | null,
): Promise<OverviewLayout | null | undefined> {
  const { handle } = demo.api;
  const view = await (await generationFor(handle, {})).views.get(
    `${viewKey}\u0000${filterKey(filter)}`,
  );
  return view?.picture ? await view.picture : undefined;
}

/** A write to a table the region's graph reads (every network's name set again): a new version of the region's graph. */
const write = () =>
  demo.api.handle.transaction((tx) => tx.update(schema.networks).set({ name: sql`${schema.networks.name}` }));

describe('pictures drawn ahead', () => {
  it("draws the coordinators' explorer as the server starts: the picture a coordinator then gets", async () => {
    await write();
    expect(await drawnPicture('COORDINATOR', null)).toBeUndefined();
    refresher = startPictureRefresh(demo.api.handle, env, NEVER);
    await refresher.tick();
    const drawn = await drawnPicture('COORDINATOR', null);
    expect(drawn?.x.length).toBeGreaterThan(0);
    const answer = await demo.clients
      .get('COORDINATOR')!
      .data<{ compactGraph: { nodeX: number[]; nodeY: number[] } }>(PICTURE, { filter: {} });
    expect(answer.compactGraph).toMatchObject({ nodeX: drawn!.x, nodeY: drawn!.y });
  });

  it("takes a server's first request with the coordinators' opening picture already drawn", async () => {
    // A version no picture was drawn for yet, and a second server on the demo network's
    // database, drawing ahead as in production.
    await write();
    const api = await startTestApi({
      env: { GRAPH_PICTURE_REFRESH_MS: String(NEVER) },
      sharing: demo.api,
    });
    try {
      const view = await (await generationFor(api.handle, {})).views.get(
        `COORDINATOR\u0000${filterKey(null)}`,
      );
      let drawn: OverviewLayout | null | undefined;
      void view?.picture?.then((picture) => (drawn = picture));
      // A picture still in the making would not be there after one turn of the event loop.
      await new Promise((resolve) => setImmediate(resolve));
      expect(drawn?.x.length).toBeGreaterThan(0);
    } finally {
      await api.stop();
    }
  });

  it('draws a changed version once it has held for a second, for every view asked for', async () => {
    let now = 0;
    refresher = startPictureRefresh(demo.api.handle, env, NEVER, () => now);
    await refresher.tick();
    const filter: GraphFilterInput = { sectors: ['CIVIL', 'PUBLIC'] };
    await demo.clients.get('RESEARCHER')!.data(PICTURE, { filter });

    await write();
    await refresher.tick();
    now += 999;
    await refresher.tick();
    // Changed less than a second ago: a run of writes may be under way.
    expect(await drawnPicture('COORDINATOR', null)).toBeUndefined();
    expect(await drawnPicture('RESEARCHER', filter)).toBeUndefined();
    now += 1;
    await refresher.tick();
    expect((await drawnPicture('COORDINATOR', null))?.x.length).toBeGreaterThan(0);
    const researchers = await drawnPicture('RESEARCHER', filter);
    expect(researchers?.x.length).toBeGreaterThan(0);
    // The researchers' picture is of their own view (pseudonyms, consenting participants only).
    const answer = await demo.clients
      .get('RESEARCHER')!
      .data<{ compactGraph: { nodeX: number[] } }>(PICTURE, { filter });
    expect(answer.compactGraph.nodeX).toEqual(researchers!.x);
  });

  it("leaves an employer's view to the employer's own request", async () => {
    let now = 0;
    refresher = startPictureRefresh(demo.api.handle, env, NEVER, () => now);
    await refresher.tick();
    await demo.clients.get('EMPLOYER')!.data(PICTURE, { filter: {} });
    await write();
    await refresher.tick();
    now += 1_000;
    await refresher.tick();
    const { handle } = demo.api;
    const keys = [...(await generationFor(handle, {})).views.keys()];
    expect(keys.filter((key) => key.startsWith('EMPLOYER'))).toEqual([]);
    expect(keys).toContain(`COORDINATOR\u0000{}`);
  });

  it('stops drawing a view no one has asked for in fifteen minutes', async () => {
    let now = 0;
    refresher = new PictureRefresher(demo.api.handle, env, () => now);
    const filter: GraphFilterInput = { sectors: ['BUSINESS'] };
    refresher.noteAsked('COORDINATOR', filter);
    await write();
    await refresher.tick(true);
    expect((await drawnPicture('COORDINATOR', filter))?.x.length).toBeGreaterThan(0);

    now = 15 * 60_000 + 1;
    await write();
    await refresher.tick(true);
    expect(await drawnPicture('COORDINATOR', filter)).toBeUndefined();
  });
});
