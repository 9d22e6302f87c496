import type { DbHandle } from '@brobygger/db';
import type { GraphQLContext } from '../../context';
import { forbidden } from '../../lib/errors';
import { filterGraph } from './filter-graph';
import { applyGraphPrivacy } from './graph-privacy';
import type { GraphData, GraphFilterInput } from './graph-types';
import { loadGraph, type GraphScope } from './load-graph';

/** The graph a viewer is looking at, the data version it was read at, and the whole graph it was cut from. */
export interface GraphViewData {
  version: number;
  graph: GraphData;
  full: GraphData;
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

/** The graph as the viewer may see it (graph-privacy.ts), then narrowed by the filter. */
export async function viewFor(ctx: GraphQLContext, filter: GraphFilterInput | null | undefined): Promise<GraphViewData> {
  if (!ctx.viewer) throw forbidden();
  const { version, graph } = await fullGraph(ctx, scopeFor(ctx, filter));
  const visible = applyGraphPrivacy(graph, ctx.viewer, ctx.pseudonym);
  return { version, graph: filterGraph(visible, filter), full: graph };
}

export async function graphFor(ctx: GraphQLContext, filter: GraphFilterInput | null | undefined): Promise<GraphData> {
  return (await viewFor(ctx, filter)).graph;
}
