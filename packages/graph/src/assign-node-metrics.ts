import type { NodeMetrics } from './compute-all';
import type { AnyGraph } from './types';

/**
 * Writes computed metrics onto the graph's nodes as attributes (e.g. before a GraphML or
 * GEXF export, or for sigma to size nodes by). Brokerage counts become
 * `brokerageCoordinator`, `brokerageItinerant`, `brokerageGatekeeperRepresentative`,
 * `brokerageLiaison` and `brokerageTotal`, since export formats want flat scalar attributes.
 * The one function here that mutates its input, like graphology's `*.assign`.
 */
export function assignNodeMetrics(
  graph: AnyGraph,
  nodes: Readonly<Record<string, NodeMetrics>>,
): void {
  for (const [id, metrics] of Object.entries(nodes)) {
    if (!graph.hasNode(id))
      throw new Error(`@brobygger/graph/assign-node-metrics: node "${id}" is not in the graph`);
    const { brokerage, ...scalars } = metrics;
    graph.mergeNodeAttributes(id, {
      ...scalars,
      brokerageCoordinator: brokerage.coordinator,
      brokerageItinerant: brokerage.itinerant,
      brokerageGatekeeperRepresentative: brokerage.gatekeeperRepresentative,
      brokerageLiaison: brokerage.liaison,
      brokerageTotal: brokerage.total,
    });
  }
}
