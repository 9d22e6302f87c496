import type { AllMetrics, ComputeAllOptions, PlainGraph } from '@brobygger/graph';
import type { GraphQLContext } from '../../context';
import type { GraphData } from './graph-types';
import { analyticsJobOf, computeMetricsInWorker, shareAnalyticsJob } from './analytics-pool';
import type { GraphViewData } from './service';

/** Only what the analytics read crosses to the worker: no labels, no dates. */
export function toPlainGraph(graph: GraphData): PlainGraph {
  return {
    nodes: graph.nodes.map(({ id, sector, kind }) => ({ id, sector, kind })),
    edges: graph.edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      kind: e.kind,
      weight: e.weight,
      ...(e.agreementId ? { agreementId: e.agreementId, agreementStatus: e.agreementStatus ?? undefined } : {}),
    })),
  };
}

export function metricsOptions(ctx: GraphQLContext): ComputeAllOptions & { exactBetweennessMaxNodes: number } {
  return {
    exactBetweennessMaxNodes: ctx.env.GRAPH_EXACT_BETWEENNESS_MAX_NODES,
    betweennessSamples: ctx.env.GRAPH_BETWEENNESS_SAMPLES,
    seed: 1,
    weight: 'weight',
  };
}

/**
 * Every metric of the graph the viewer is looking at (after privacy and filter), computed in
 * the analytics pool (counted against the viewer's queue, cancelled with the request) once per cached view (graph-cache.ts: graph version, role view, filter):
 * concurrent and repeated requests for an equal view share one computation. A failed
 * computation is not kept, so the next request tries again.
 */
export function metricsFor(ctx: GraphQLContext, view: GraphViewData): Promise<AllMetrics> {
  const { cached } = view;
  if (cached.metrics) {
    // This request waits for it too: a shared job is cancelled only when all who wait give up.
    shareAnalyticsJob(cached.metrics, ctx.signal);
    return cached.metrics;
  }
  const computed = computeMetricsInWorker(toPlainGraph(view.graph), metricsOptions(ctx), analyticsJobOf(ctx));
  cached.metrics = computed;
  computed.catch(() => {
    if (cached.metrics === computed) cached.metrics = undefined;
  });
  return computed;
}
