import { GraphQLError } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { OverviewLayout, OverviewLayoutInput } from '@brobygger/graph';
import type { GraphQLContext } from '../../context';
import type { CompactColumns } from './compact-graph';
import { MAX_VIEWS } from './graph-cache';
import {
  analyticsJobOf,
  INLINE_WORK_MAX,
  runAnalyticsInline,
  runAnalyticsJob,
  shareAnalyticsJob,
} from './analytics-pool';
import type { GraphViewData } from './service';

/** A view's picture as last drawn: at which graph version, where each node stood, and the ties that shaped it. */
interface LastPicture {
  version: number;
  picture: OverviewLayout;
  positions: Map<string, { x: number; y: number }>;
  edgeIds: readonly string[];
  /** The columns the drawing was made from: the same again is the same picture (isUnchanged). */
  shape: Shape;
}

/** What a picture is drawn from (layoutInput): the nodes in order with their kinds, and each tie's ends and kind. */
type Shape = Pick<CompactColumns, 'nodeIds' | 'nodeKinds' | 'edgeSources' | 'edgeTargets' | 'edgeKinds'>;

const sameItems = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * Each view's last picture, by role view and filter, across graph versions: the next version's
 * picture starts from it, so a new tie moves the picture a little instead of redrawing it.
 * Only a picture of the same role view and filter is reused, so no view starts from positions
 * another view's ties shaped — and only while every node and tie that shaped it is still in
 * the view (startingPoint). At the same graph version it is the picture itself: a view drawn
 * again after leaving the cache (graph-cache.ts) stands where it stood. So it is at a newer
 * version whose view has exactly the nodes and ties it was drawn from (isUnchanged).
 */
const lastPictures = new LRUCache<string, LastPicture>({ max: MAX_VIEWS });

/**
 * Up to this many organisations and networks a picture is drawn on the request thread (a few
 * tens of milliseconds); more go to the analytics pool, whose bounds refuse a flood. The
 * drawing's cost grows with the hubs, which ForceAtlas2 moves, not with the people.
 */
const INLINE_HUBS_MAX = 200;

/**
 * A tenth of a unit is finer than a pixel at any zoom the explorer allows, and halves the bytes.
 * `+ 0` turns −0 into 0, as JSON sends it: a kept picture equals the one answered.
 */
const round = (value: number) => Math.round(value * 10) / 10 + 0;

/**
 * Where the last picture placed each node, if the view still holds every node and tie that
 * shaped it. A node or tie gone (consent withdrawn, archived, out of the filter) pulled on the
 * positions of the others; a picture that starts from them would carry a trace of it, so the
 * picture is drawn afresh instead.
 */
function startingPoint(
  columns: CompactColumns,
  last: LastPicture | undefined,
): Map<string, { x: number; y: number }> | undefined {
  if (!last) return undefined;
  let kept = 0;
  for (const id of columns.nodeIds) if (last.positions.has(id)) kept += 1;
  if (kept !== last.positions.size) return undefined;
  const ties = new Set(columns.edgeIds);
  return last.edgeIds.every((id) => ties.has(id)) ? last.positions : undefined;
}

/**
 * Whether the view's nodes and ties are exactly those the last picture was drawn from: then a
 * write that left this view as it was (a talent added, a plan changed, a status recorded) moves
 * no node and costs no drawing. Checked item by item: 4–5 ms at 20,000 people (timed apart from
 * the server), where drawing again takes most of a second. A view read in another order
 * (PostgreSQL may return rows so after updates) is drawn on from the last picture, as any
 * changed view is.
 */
function isUnchanged(columns: CompactColumns, last: LastPicture): boolean {
  const { shape } = last;
  return (
    sameItems(shape.nodeIds, columns.nodeIds) &&
    sameItems(shape.nodeKinds, columns.nodeKinds) &&
    sameItems(shape.edgeSources, columns.edgeSources) &&
    sameItems(shape.edgeTargets, columns.edgeTargets) &&
    sameItems(shape.edgeKinds, columns.edgeKinds)
  );
}

function layoutInput(
  columns: CompactColumns,
  previous: Map<string, { x: number; y: number }> | undefined,
): OverviewLayoutInput {
  return {
    hub: columns.nodeKinds.map((kind) => kind === 'ORGANIZATION' || kind === 'NETWORK'),
    sources: columns.edgeSources,
    targets: columns.edgeTargets,
    anchoring: columns.edgeKinds.map((kind) => kind === 'AFFILIATION'),
    ...(previous
      ? {
          previous: {
            x: columns.nodeIds.map((id) => previous.get(id)?.x ?? Number.NaN),
            y: columns.nodeIds.map((id) => previous.get(id)?.y ?? Number.NaN),
          },
        }
      : {}),
  };
}

/** The pool job behind each picture, so a request that waits for a picture already being drawn holds its job too. */
const jobs = new WeakMap<Promise<OverviewLayout | null>, Promise<OverviewLayout | null>>();

function keep(
  view: GraphViewData,
  columns: CompactColumns,
  layout: OverviewLayout | null,
): OverviewLayout | null {
  if (!layout) return null;
  const picture = { x: layout.x.map(round), y: layout.y.map(round) };
  const { nodeIds, nodeKinds, edgeSources, edgeTargets, edgeKinds } = columns;
  lastPictures.set(view.pictureKey, {
    version: view.version,
    picture,
    positions: new Map(columns.nodeIds.map((id, i) => [id, { x: picture.x[i]!, y: picture.y[i]! }])),
    edgeIds: columns.edgeIds,
    shape: { nodeIds, nodeKinds, edgeSources, edgeTargets, edgeKinds },
  });
  return picture;
}

/**
 * Where to draw each node of a view (`CompactGraph.nodeX`/`nodeY`): overviewLayout of the view's
 * own nodes and ties — what the viewer may see and nothing else — made once per cached view
 * (graph version, role view, filter) in the analytics pool and shared by everyone who sees that
 * view. Null for a view without organisations or networks, or when the pool refuses the job
 * (unlessRefused). A failed drawing is not kept.
 */
export function pictureFor(
  ctx: GraphQLContext,
  view: GraphViewData,
  columns: CompactColumns,
): Promise<OverviewLayout | null> {
  const { cached } = view;
  if (cached.picture) {
    const job = jobs.get(cached.picture);
    if (job) shareAnalyticsJob(job, ctx.signal);
    return unlessRefused(cached.picture);
  }
  const last = lastPictures.get(view.pictureKey);
  if (last?.version === view.version) return Promise.resolve(last.picture);
  if (last && isUnchanged(columns, last)) {
    lastPictures.set(view.pictureKey, { ...last, version: view.version });
    cached.picture = Promise.resolve(last.picture);
    return cached.picture;
  }
  // A request given up on (deadline, closed connection) starts no drawing.
  if (ctx.signal?.aborted) return Promise.reject(ctx.signal.reason as Error);
  const input = layoutInput(columns, startingPoint(columns, last));
  const hubs = input.hub.reduce((count, hub) => count + (hub ? 1 : 0), 0);
  const small = hubs <= INLINE_HUBS_MAX && columns.nodeIds.length + columns.edgeIds.length <= INLINE_WORK_MAX;
  const job = small
    ? Promise.resolve().then(() => runAnalyticsInline('overviewLayout', input))
    : runAnalyticsJob('overviewLayout', input, analyticsJobOf(ctx));
  const drawn = job.then((layout) => keep(view, columns, layout));
  jobs.set(drawn, job);
  cached.picture = drawn;
  drawn.catch(() => {
    if (cached.picture === drawn) cached.picture = undefined;
  });
  return unlessRefused(drawn);
}

/**
 * A picture the pool refused to queue (TOO_MANY_JOBS: the viewer's analyses, or everyone's,
 * already wait) is answered as no picture: the explorer then lays the graph out itself rather
 * than failing to show it. The refusal is not kept; the next request asks again.
 */
function unlessRefused(picture: Promise<OverviewLayout | null>): Promise<OverviewLayout | null> {
  return picture.catch((error: unknown) => {
    if (error instanceof GraphQLError && error.extensions.code === 'TOO_MANY_JOBS') return null;
    throw error;
  });
}
