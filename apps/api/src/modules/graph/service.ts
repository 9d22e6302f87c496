import type { DbHandle } from '@brobygger/db';
import type { GraphQLContext } from '../../context';
import { forbidden } from '../../lib/errors';
import { filterGraph } from './filter-graph';
import { applyGraphPrivacy } from '../../privacy/graph';
import { graphAudienceFor } from '../../privacy/graph-audience';
import { filterKey } from './filter-key';
import type { GraphData, GraphFilterInput } from './graph-types';
import { loadGraph, type GraphScope } from './load-graph';

/** The graph a viewer is looking at, the data version it was read at, and the whole graph it was cut from. */
export interface GraphViewData {
  version: number;
  graph: GraphData;
  full: GraphData;
  /** Which role view of the whole graph this is (graphAudienceFor): viewers with equal keys see the same graph. */
  viewKey: string;
}

/**
 * The graphs last read per database — the whole graph, and the networks asked for — kept per
 * API instance and valid while the database's data_version is unchanged: every write that
 * changes data bumps it, so a second instance never serves a stale graph for longer than its
 * own next read of the counter.
 */
const cached = new WeakMap<DbHandle, { version: number; graphs: Map<string, Promise<GraphData>> }>();
/** Networks' graphs are small; a handful is enough to serve the screens open at one time. */
const MAX_SCOPES = 16;

export async function fullGraph(ctx: GraphQLContext, scope: GraphScope = {}): Promise<{ version: number; graph: GraphData }> {
  const version = await ctx.handle.dataVersion();
  let entry = cached.get(ctx.handle);
  if (!entry || entry.version !== version) {
    entry = { version, graphs: new Map() };
    cached.set(ctx.handle, entry);
  }
  const key = scope.networkId ?? '';
  let graph = entry.graphs.get(key);
  if (!graph) {
    if (entry.graphs.size >= MAX_SCOPES) entry.graphs.delete(entry.graphs.keys().next().value!);
    const loading = loadGraph(ctx.db, scope);
    const graphs = entry.graphs;
    graphs.set(key, loading);
    loading.catch(() => {
      if (graphs.get(key) === loading) graphs.delete(key);
    });
    graph = loading;
  }
  return { version, graph: await graph };
}

/**
 * Employers see a neighbourhood of their own organisation, which a network's members alone
 * cannot tell; every other role's view of one network is read from that network alone.
 */
function scopeFor(ctx: GraphQLContext, filter: GraphFilterInput | null | undefined): GraphScope {
  return filter?.networkId && ctx.viewer?.role !== 'EMPLOYER' ? { networkId: filter.networkId } : {};
}

/**
 * The graph as the viewer may see it (privacy/graph.ts), then narrowed by the filter: built
 * once per request and filter, and shared by the graph, metrics, statistics, bridge paths and
 * exports the request asks for.
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
  const [{ version, graph }, audience] = await Promise.all([fullGraph(ctx, scopeFor(ctx, filter)), graphAudienceFor(ctx)]);
  const visible = applyGraphPrivacy(graph, audience.audience);
  return { version, graph: filterGraph(visible, filter), full: graph, viewKey: audience.key };
}

export async function graphFor(ctx: GraphQLContext, filter: GraphFilterInput | null | undefined): Promise<GraphData> {
  return (await viewFor(ctx, filter)).graph;
}
