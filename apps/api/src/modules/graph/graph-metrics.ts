import { createHash } from 'node:crypto';
import type { DbHandle } from '@brobygger/db';
import type { AllMetrics, ComputeAllOptions, PlainGraph } from '@brobygger/graph';
import type { GraphQLContext } from '../../context';
import type { GraphData, GraphFilterInput } from './graph-types';
import { MetricsCache } from './metrics-cache';
import { computeMetricsInWorker } from './metrics-runner';
import type { GraphViewData } from './service';
import { filterKey } from './filter-key';

/** Metric results kept per database; each is a few MB on the largest graphs. */
export const METRICS_CACHE_SIZE = 8;

const caches = new WeakMap<DbHandle, MetricsCache<Promise<AllMetrics>>>();

const fingerprints = new WeakMap<GraphData, string>();

/**
 * A hash of the whole graph's content, computed once per read of the graph. Every write
 * bumps data_version — sessions and audit entries too — and the graph is read again; the
 * metrics are recomputed only when what was read differs.
 */
export function graphFingerprint(graph: GraphData): string {
  let fingerprint = fingerprints.get(graph);
  if (!fingerprint) {
    fingerprint = createHash('sha256').update(JSON.stringify(graph)).digest('base64url');
    fingerprints.set(graph, fingerprint);
  }
  return fingerprint;
}

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
 * the worker thread and cached per (visible graph, filter, graph content): concurrent and
 * repeated requests for the same view share one computation; a write to the graph's data
 * changes the content, so the next request recomputes.
 */
export function metricsFor(ctx: GraphQLContext, filter: GraphFilterInput | null | undefined, view: GraphViewData): Promise<AllMetrics> {
  let cache = caches.get(ctx.handle);
  if (!cache) caches.set(ctx.handle, (cache = new MetricsCache(METRICS_CACHE_SIZE)));
  const content = graphFingerprint(view.full);
  const key = `${content}\u0000${view.viewKey}\u0000${filterKey(filter)}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const computed = computeMetricsInWorker(toPlainGraph(view.graph), metricsOptions(ctx));
  cache.set(key, content, computed);
  // A failed computation is not kept: the next request tries again.
  computed.catch(() => cache.delete(key));
  return computed;
}
