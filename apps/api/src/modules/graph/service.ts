import type { DbHandle } from '@brobygger/db';
import type { GraphQLContext } from '../../context';
import { forbidden } from '../../lib/errors';
import { filterGraph } from './filter-graph';
import { applyGraphPrivacy } from './graph-privacy';
import type { GraphData, GraphFilterInput } from './graph-types';
import { loadGraph } from './load-graph';

/** The graph a viewer is looking at, the data version it was read at, and the whole graph it was cut from. */
export interface GraphViewData {
  version: number;
  graph: GraphData;
  full: GraphData;
}

/**
 * The last graph read per database, kept per API instance and valid while the database's
 * data_version is unchanged: every write bumps it, so a second instance never serves a stale
 * graph for longer than its own next read of the counter.
 */
const cached = new WeakMap<DbHandle, { version: number; graph: Promise<GraphData> }>();

export async function fullGraph(ctx: GraphQLContext): Promise<{ version: number; graph: GraphData }> {
  const version = await ctx.handle.dataVersion();
  let entry = cached.get(ctx.handle);
  if (!entry || entry.version !== version) {
    const graph = loadGraph(ctx.db);
    entry = { version, graph };
    cached.set(ctx.handle, entry);
    graph.catch(() => {
      if (cached.get(ctx.handle)?.graph === graph) cached.delete(ctx.handle);
    });
  }
  return { version, graph: await entry.graph };
}

/** The graph as the viewer may see it (graph-privacy.ts), then narrowed by the filter. */
export async function viewFor(ctx: GraphQLContext, filter: GraphFilterInput | null | undefined): Promise<GraphViewData> {
  if (!ctx.viewer) throw forbidden();
  const { version, graph } = await fullGraph(ctx);
  const visible = applyGraphPrivacy(graph, ctx.viewer, ctx.pseudonym);
  return { version, graph: filterGraph(visible, filter), full: graph };
}

export async function graphFor(ctx: GraphQLContext, filter: GraphFilterInput | null | undefined): Promise<GraphData> {
  return (await viewFor(ctx, filter)).graph;
}
