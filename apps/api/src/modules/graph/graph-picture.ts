import { GraphQLError } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { OverviewLayout, OverviewLayoutInput } from '@brobygger/graph';
import type { GraphQLContext } from '../../context';
import { MAX_VIEWS } from './graph-cache';
import type { GraphFilterInput } from './graph-types';
import {
  analyticsJobOf,
  INLINE_WORK_MAX,
  runAnalyticsInline,
  runAnalyticsJob,
  shareAnalyticsJob,
} from './analytics-pool';
import { viewFor, type GraphViewData } from './service';
import { cutFromWhole, narrowsTheRegion, positionsOf, type Positions } from './picture-cut';
import { toColumns, type CompactColumns } from './view-columns';

/** Organisations and networks: the nodes a picture's layout moves (overviewLayout). */
const isHub = (kind: CompactColumns['nodeKinds'][number]) => kind === 'ORGANIZATION' || kind === 'NETWORK';

/** A view's picture as last drawn: at which graph version, where each node stood, and the ties that shaped it. */
interface LastPicture {
  version: number;
  picture: OverviewLayout;
  positions: Positions;
  edgeIds: readonly string[];
  /** The columns the drawing was made from: the same again is the same picture (isUnchanged). */
  shape: Shape;
}

/** What a picture is drawn from (layoutInput): the nodes in order with their kinds, and each tie's ends and kind. */
type Shape = Pick<CompactColumns, 'nodeIds' | 'nodeKinds' | 'edgeSources' | 'edgeTargets' | 'edgeKinds'>;

const sameItems = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * Each drawn view's last picture (a whole map, a network's graph), by role view and filter,
 * across graph versions: the next version's picture starts from it, so a new tie moves the
 * picture a little instead of redrawing it. A view's drawing starts only from its own last
 * picture, so no view starts from positions another viewer's ties shaped — and only while every
 * node and tie that shaped it is still in the view (startingPoint). At the same graph version
 * it is the picture itself: a view drawn again after leaving the cache (graph-cache.ts) stands
 * where it stood. So it is at a newer version whose view has exactly the nodes and ties it was
 * drawn from (isUnchanged). A filter's cut is not kept here (cutFromWhole).
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
const rounded = (layout: OverviewLayout): OverviewLayout => ({ x: layout.x.map(round), y: layout.y.map(round) });

/**
 * Where the last picture placed each node, if the view still holds every node and tie that
 * shaped it. A node or tie gone (consent withdrawn, archived, out of the filter) pulled on the
 * positions of the others; a picture that starts from them would carry a trace of it, so the
 * picture is drawn afresh instead.
 */
function startingPoint(
  columns: CompactColumns,
  last: LastPicture | undefined,
): Positions | undefined {
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
  previous: Positions | undefined,
): OverviewLayoutInput {
  return {
    hub: columns.nodeKinds.map(isHub),
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
  const picture = rounded(layout);
  const { nodeIds, nodeKinds, edgeSources, edgeTargets, edgeKinds } = columns;
  const positions = positionsOf(picture, nodeIds);
  lastPictures.set(view.pictureKey, {
    version: view.version,
    picture,
    positions,
    edgeIds: columns.edgeIds,
    shape: { nodeIds, nodeKinds, edgeSources, edgeTargets, edgeKinds },
  });
  return picture;
}

/**
 * Where to draw each node of a view (`CompactGraph.nodeX`/`nodeY`), made once per cached view
 * (graph version, role view, filter) and shared by everyone who sees that view. Null for a whole
 * map without organisations or networks, or when the pool refuses the job (unlessRefused). A
 * failed drawing is not kept.
 * - The viewer's whole map (no filter, or a network's graph) is overviewLayout of the view's own
 *   nodes and ties — what the viewer may see and nothing else — drawn in the analytics pool, on
 *   from the view's last picture where that still holds (startingPoint).
 * - A filter of the region's graph shows part of that map, people only as well: each node
 *   stands where the same viewer's unfiltered picture of the same version has it
 *   (cutFromWhole). A cut is never the start of a later drawing: it was shaped by ties outside
 *   the filter, which may since have left the viewer's view (consent withdrawn, a record
 *   archived).
 */
export async function pictureFor(
  ctx: GraphQLContext,
  view: GraphViewData,
  columns: CompactColumns,
  filter: GraphFilterInput | null | undefined,
): Promise<OverviewLayout | null> {
  const atHand = pictureAtHand(ctx, view);
  if (atHand) return atHand;
  if (narrowsTheRegion(filter)) {
    const whole = await wholePositions(ctx, view);
    // Another request may have made this view's picture while the whole one was read or drawn.
    const made = pictureAtHand(ctx, view);
    if (made) return made;
    // The pool refused the whole map (TOO_MANY_JOBS): no picture, as for a refused drawing.
    if (whole === null) return null;
    // filterGraph only takes away, so the whole map has every node.
    if (whole !== MOVED && columns.nodeIds.every((id) => whole.has(id))) return cutFromWhole(view, columns, whole);
    // A write came between the two reads: this request gets a drawing of the view's own columns
    // alone, kept for no one, and the next request cuts from the whole map again.
    return drawnApart(ctx, columns);
  }
  return drawnOwn(ctx, view, columns);
}

/** The view's picture at this version, if it is made or being made (shared with the request that started it). */
function pictureAtHand(ctx: GraphQLContext, view: GraphViewData): Promise<OverviewLayout | null> | undefined {
  const { cached } = view;
  if (cached.picture) {
    const job = jobs.get(cached.picture);
    if (job) shareAnalyticsJob(job, ctx.signal);
    return unlessRefused(cached.picture);
  }
  const last = lastPictures.get(view.pictureKey);
  if (last?.version === view.version) return Promise.resolve(last.picture);
  return undefined;
}

/** The whole map was read at another graph version than the filtered view (a write came between). */
const MOVED = Symbol('moved');

/**
 * Where the viewer's unfiltered picture, at the view's version, puts each node: drawn first if
 * no one has asked for it yet, and kept for everyone who sees it. MOVED when a write came
 * between the two reads (the versions differ); null when the pool refused to draw it.
 */
async function wholePositions(ctx: GraphQLContext, view: GraphViewData): Promise<Positions | typeof MOVED | null> {
  const whole = await viewFor(ctx, null);
  if (whole.version !== view.version || whole.viewKey !== view.viewKey) return MOVED;
  const columns = toColumns(whole.graph);
  const picture = await pictureFor(ctx, whole, columns, null);
  return picture ? positionsOf(picture, columns.nodeIds) : null;
}

/** The view's own drawing: unchanged from its last picture, drawn on from it, or drawn afresh. */
function drawnOwn(ctx: GraphQLContext, view: GraphViewData, columns: CompactColumns): Promise<OverviewLayout | null> {
  const last = lastPictures.get(view.pictureKey);
  if (last && isUnchanged(columns, last)) {
    lastPictures.set(view.pictureKey, { ...last, version: view.version });
    view.cached.picture = Promise.resolve(last.picture);
    return view.cached.picture;
  }
  return draw(ctx, view, columns, startingPoint(columns, last));
}

function draw(
  ctx: GraphQLContext,
  view: GraphViewData,
  columns: CompactColumns,
  from: Positions | undefined,
): Promise<OverviewLayout | null> {
  // A request given up on (deadline, closed connection) starts no drawing, and leaves no rejected
  // picture for a request that comes next to share.
  if (ctx.signal?.aborted) return Promise.reject(ctx.signal.reason as Error);
  const { cached } = view;
  const job = layoutJob(ctx, columns, from);
  const drawn = job.then((layout) => keep(view, columns, layout));
  jobs.set(drawn, job);
  cached.picture = drawn;
  drawn.catch(() => {
    if (cached.picture === drawn) cached.picture = undefined;
  });
  return unlessRefused(drawn);
}

/** A drawing of the view's own columns alone, from scratch, for this request only. */
function drawnApart(ctx: GraphQLContext, columns: CompactColumns): Promise<OverviewLayout | null> {
  if (ctx.signal?.aborted) return Promise.reject(ctx.signal.reason as Error);
  return unlessRefused(layoutJob(ctx, columns, undefined).then((layout) => layout && rounded(layout)));
}

/** overviewLayout of the columns: on the request thread when small, else in the analytics pool. */
function layoutJob(ctx: GraphQLContext, columns: CompactColumns, from: Positions | undefined): Promise<OverviewLayout | null> {
  const input = layoutInput(columns, from);
  const hubs = input.hub.reduce((count, hub) => count + (hub ? 1 : 0), 0);
  const small = hubs <= INLINE_HUBS_MAX && columns.nodeIds.length + columns.edgeIds.length <= INLINE_WORK_MAX;
  return small
    ? Promise.resolve().then(() => runAnalyticsInline('overviewLayout', input))
    : runAnalyticsJob('overviewLayout', input, analyticsJobOf(ctx));
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
