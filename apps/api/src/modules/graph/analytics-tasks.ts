import { SECTORS, type Sector } from '@brobygger/domain';
import {
  computeAllMetrics,
  eiIndex,
  graphFromPlain,
  overviewLayout,
  shortestPath,
  type AllMetrics,
  type ComputeAllOptions,
  type PlainGraph,
} from '@brobygger/graph';
import { filterGraph } from './filter-graph';
import type { GraphData, GraphFilterInput } from './graph-types';

/**
 * The CPU-heavy analytics, as pure functions of plain data: the analytics pool runs them in a
 * worker thread (metrics-worker.ts), and small inputs run here on the request thread.
 */

/** E-I on one day, as ei-over-time.ts words it (NaN where undefined). */
export interface EiDay {
  date: string;
  overall: number;
  bySector: Record<Sector, number>;
  /** Distinct pairs of nodes joined by at least one tie that day. */
  ties: number;
}

/**
 * The E-I index on each date of the viewer's graph as it stood that day: `graph` is the
 * viewer's graph before the filter's other conditions (at most narrowed to the filter's
 * network), and each day is `filterGraph(graph, { ...filter, asOf: date })` — the same view
 * as `graph(filter: { asOf })`.
 */
export function eiSeries(input: { graph: GraphData; filter: GraphFilterInput | null; dates: readonly string[] }): EiDay[] {
  return input.dates.map((date) => {
    const day = filterGraph(input.graph, { ...input.filter, asOf: date });
    const ei = eiIndex(
      graphFromPlain({
        nodes: day.nodes.map((n) => ({ id: n.id, sector: n.sector, kind: n.kind })),
        edges: day.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, kind: e.kind })),
      }),
    );
    const ties = new Set(day.edges.map((e) => (e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`)));
    const bySector = Object.fromEntries(SECTORS.map((sector) => [sector, ei.bySector[sector]])) as Record<Sector, number>;
    return { date, overall: ei.overall, bySector, ties: ties.size };
  });
}

/** The node ids of a shortest path (fewest steps) between two nodes, or null. */
export function pathBetween(input: { plain: PlainGraph; from: string; to: string }): string[] | null {
  return shortestPath(graphFromPlain(input.plain), input.from, input.to);
}

export function allMetrics(input: { plain: PlainGraph; options: ComputeAllOptions }): AllMetrics {
  return computeAllMetrics(input.plain, input.options);
}

/** Every task the pool runs, by name: what crosses to the worker is the name and the plain input. */
export const ANALYTICS_TASKS = {
  metrics: allMetrics,
  eiSeries,
  shortestPath: pathBetween,
  overviewLayout,
} as const;

export type AnalyticsTask = keyof typeof ANALYTICS_TASKS;
export type TaskInput<T extends AnalyticsTask> = Parameters<(typeof ANALYTICS_TASKS)[T]>[0];
export type TaskResult<T extends AnalyticsTask> = ReturnType<(typeof ANALYTICS_TASKS)[T]>;

/** Only what the day filters read crosses to the worker: no labels, no participants' statuses. */
export function slimGraph(graph: GraphData): GraphData {
  return {
    nodes: graph.nodes.map(({ id, kind, sector, since }) => ({ id, label: '', kind, sector, since })),
    edges: graph.edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      kind: e.kind,
      crossSector: e.crossSector,
      weight: e.weight,
      since: e.since,
      until: e.until,
      agreementId: null,
      agreementStatus: e.agreementStatus,
      threeSector: null,
      participantsShare: null,
      ...(e.networkId ? { networkId: e.networkId } : {}),
    })),
  };
}
