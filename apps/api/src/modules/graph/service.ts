import type { GraphQLContext } from '../../context';
import { forbidden } from '../../lib/errors';
import { filterGraph } from './filter-graph';
import { applyGraphPrivacy } from './graph-privacy';
import type { GraphData, GraphFilterInput } from './graph-types';
import { loadGraph } from './load-graph';

/**
 * The last graph read, kept per API instance and valid while the database's data_version is
 * unchanged: every write bumps it, so a second instance never serves a stale graph for
 * longer than its own next read of the counter.
 */
let cached: { version: number; graph: Promise<GraphData> } | null = null;

export async function fullGraph(ctx: GraphQLContext): Promise<GraphData> {
  const version = await ctx.handle.dataVersion();
  if (!cached || cached.version !== version) {
    cached = { version, graph: loadGraph(ctx.db) };
    cached.graph.catch(() => {
      cached = null;
    });
  }
  return cached.graph;
}

export async function graphFor(ctx: GraphQLContext, filter: GraphFilterInput | null | undefined): Promise<GraphData> {
  if (!ctx.viewer) throw forbidden();
  const visible = applyGraphPrivacy(await fullGraph(ctx), ctx.viewer, ctx.pseudonym);
  return filterGraph(visible, filter);
}
