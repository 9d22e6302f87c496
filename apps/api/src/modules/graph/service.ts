import type { GraphQLContext } from '../../context';
import { forbidden } from '../../lib/errors';
import { filterGraph } from './filter-graph';
import { applyGraphPrivacy } from '../../privacy/graph';
import { entityOfResearchId } from '../../privacy/research-ids';
import { graphAudienceFor } from '../../privacy/graph-audience';
import { filterKey } from './filter-key';
import type { GraphData, GraphFilterInput } from './graph-types';
import { loadGraph, type GraphScope } from './load-graph';
import { eq } from 'drizzle-orm';
import { schema, type Db, type DbHandle } from '@brobygger/db';
import { generationAt, networkGenerationAt, readOnce, remember, type CachedView, type GraphGeneration } from './graph-cache';

/** The graph a viewer is looking at, the version it was read at, and the cache entry it shares with equal views. */
export interface GraphViewData {
  /** The region's graph version for the whole region's graph, the network's graph version for a network's (graph-cache.ts). */
  version: number;
  graph: GraphData;
  /** Which role view of the whole graph this is (graphAudienceFor): viewers with equal keys see the same graph. */
  viewKey: string;
  /** The role view and the filter together: equal for equal views across graph versions (graph-picture.ts keeps a view's last picture by it). */
  pictureKey: string;
  /** Where this view's metrics and picture are kept once computed (graph-metrics.ts, graph-picture.ts). */
  cached: CachedView;
}

/**
 * Employers see a neighbourhood of their own organisation, which a network's members alone
 * cannot tell; every other role's view of one network is read from that network alone. A
 * researcher names the network by its node's research pseudonym, never by its real id
 * (privacy/research-ids.ts); a pseudonym of no network reads nothing.
 */
async function scopeFor(ctx: GraphQLContext, filter: GraphFilterInput | null | undefined): Promise<GraphScope> {
  const networkId = filter?.networkId;
  if (!networkId || ctx.viewer?.role === 'EMPLOYER') return {};
  if (ctx.viewer?.role !== 'RESEARCHER') return { networkId };
  return { networkId: (await entityOfResearchId(ctx, networkId, 'filter.networkId', ['network'])) ?? networkId };
}

/** A network's graph version: bumped by the database with every write its graph can see (none yet: 0). */
export async function networkVersion(db: Db, networkId: string): Promise<number> {
  const versions = schema.graphVersions;
  const [row] = await db
    .select({ version: versions.version })
    .from(versions)
    .where(eq(versions.networkId, networkId));
  return row?.version ?? 0;
}

/**
 * Where a scope's graph and views are cached: a network's by its own version, the region's by
 * the region's graph version, which writes the graph does not read (a talent, a goal, an
 * introduction) leave as it is.
 */
export async function generationFor(handle: DbHandle, scope: GraphScope): Promise<GraphGeneration> {
  const { networkId } = scope;
  if (networkId) return networkGenerationAt(handle, networkId, await networkVersion(handle.db, networkId));
  return generationAt(handle, await handle.graphVersion());
}

function readGraph(ctx: GraphQLContext, generation: GraphGeneration, scope: GraphScope): Promise<GraphData> {
  return readOnce(generation, () => loadGraph(ctx.db, scope));
}

/**
 * The whole graph, before any role's privacy: only for services that apply their own rule to
 * what they return (suggested bridges).
 */
export async function wholeGraph(ctx: GraphQLContext): Promise<GraphData> {
  return readGraph(ctx, await generationFor(ctx.handle, {}), {});
}

/**
 * The graph as the viewer may see it (privacy/graph.ts), then narrowed by the filter: built
 * once per request and filter, and shared by the graph, metrics, statistics, bridge paths and
 * exports the request asks for. Across requests it is cached by version (the region's graph
 * version, or a network's), role view and filter (graph-cache.ts).
 */
export function viewFor(ctx: GraphQLContext, filter: GraphFilterInput | null | undefined): Promise<GraphViewData> {
  const key = filterKey(filter);
  let view = ctx.graphViews.get(key);
  if (!view) {
    view = buildView(ctx, filter);
    ctx.graphViews.set(key, view);
  }
  return view;
}

async function buildView(ctx: GraphQLContext, filter: GraphFilterInput | null | undefined): Promise<GraphViewData> {
  if (!ctx.viewer) throw forbidden();
  const [audience, scope] = await Promise.all([graphAudienceFor(ctx), scopeFor(ctx, filter)]);
  const generation = await generationFor(ctx.handle, scope);
  const wholeKey = `${audience.key}\u0000${filterKey(null)}`;
  const key = `${audience.key}\u0000${filterKey(filter)}`;
  // The role's view of what was read, unfiltered: every filter of it starts from the same one, so
  // the privacy view (a researcher's pseudonyms, an employer's neighbourhood) is made once per
  // generation, not once per filter.
  const whole = () =>
    remember(generation.views, wholeKey, async () => ({
      graph: applyGraphPrivacy(await readGraph(ctx, generation, scope), audience.audience),
    }));
  const cached =
    key === wholeKey ? await whole() : await remember(generation.views, key, async () => ({ graph: filterGraph((await whole()).graph, filter) }));
  return { version: generation.version, graph: cached.graph, viewKey: audience.key, pictureKey: key, cached };
}

export async function graphFor(ctx: GraphQLContext, filter: GraphFilterInput | null | undefined): Promise<GraphData> {
  return (await viewFor(ctx, filter)).graph;
}
