import type { GraphData, GraphEdgeData, GraphFilterInput } from './graph-types';

/** True when the tie had begun by `asOf` and not yet ended. */
function heldOn(since: string | null, until: string | null, asOf: string): boolean {
  return (since === null || since <= asOf) && (until === null || until >= asOf);
}

/**
 * Applies a GraphFilter: nodes by sector, kind, network and date; edges by kind, agreement
 * status, date and cross-sector; then drops every edge whose ends are not both kept. Pure,
 * so it is tested without a database.
 */
export function filterGraph(graph: GraphData, filter: GraphFilterInput | null | undefined): GraphData {
  if (!filter) return graph;
  const { sectors, nodeKinds, edgeKinds, networkId, agreementStatuses, asOf, crossSectorOnly } = filter;

  let networkMembers: Set<string> | null = null;
  if (networkId) {
    networkMembers = new Set([networkId]);
    for (const edge of graph.edges) {
      if (edge.kind === 'MEMBERSHIP' && edge.networkId === networkId && (!asOf || heldOn(edge.since, edge.until, asOf))) {
        networkMembers.add(edge.source);
      }
    }
  }

  const nodes = graph.nodes.filter(
    (node) =>
      (!sectors?.length || sectors.includes(node.sector)) &&
      (!nodeKinds?.length || nodeKinds.includes(node.kind)) &&
      (!networkMembers || networkMembers.has(node.id)) &&
      (!asOf || node.since === null || node.since <= asOf),
  );
  const kept = new Set(nodes.map((node) => node.id));

  const keepEdge = (edge: GraphEdgeData) =>
    kept.has(edge.source) &&
    kept.has(edge.target) &&
    (!edgeKinds?.length || edgeKinds.includes(edge.kind)) &&
    (!agreementStatuses?.length || edge.kind !== 'AGREEMENT' || agreementStatuses.includes(edge.agreementStatus!)) &&
    (!asOf || heldOn(edge.since, edge.until, asOf)) &&
    (!crossSectorOnly || edge.crossSector);

  return { nodes, edges: graph.edges.filter(keepEdge) };
}
