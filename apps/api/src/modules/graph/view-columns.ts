import type { AgreementStatus, GraphEdgeKind, GraphNodeKind, Sector } from '@brobygger/domain';
import type { GraphData, GraphNodeData } from './graph-types';

/** The graph in columns (CompactGraph in the SDL): every node and edge attribute an array of its own. */
export interface CompactColumns {
  nodes: readonly GraphNodeData[];
  nodeIds: string[];
  nodeLabels: string[];
  nodeKinds: GraphNodeKind[];
  nodeSectors: Sector[];
  nodeSince: (string | null)[];
  edgeIds: string[];
  edgeSources: number[];
  edgeTargets: number[];
  edgeKinds: GraphEdgeKind[];
  edgeCrossSector: boolean[];
  edgeWeights: number[];
  edgeSince: (string | null)[];
  edgeUntil: (string | null)[];
  edgeAgreementStatuses: (AgreementStatus | null)[];
}

/**
 * Columns per graph view: a view is cached by graph version, role view and filter
 * (graph-cache.ts), so its columns are built once and shared by every request that sees it.
 */
const built = new WeakMap<GraphData, CompactColumns>();

export function toColumns(graph: GraphData): CompactColumns {
  const cached = built.get(graph);
  if (cached) return cached;
  const index = new Map<string, number>();
  graph.nodes.forEach((node, i) => index.set(node.id, i));
  const columns: CompactColumns = {
    nodes: graph.nodes,
    nodeIds: graph.nodes.map((node) => node.id),
    nodeLabels: graph.nodes.map((node) => node.label),
    nodeKinds: graph.nodes.map((node) => node.kind),
    nodeSectors: graph.nodes.map((node) => node.sector),
    nodeSince: graph.nodes.map((node) => node.since),
    edgeIds: graph.edges.map((edge) => edge.id),
    // Both ends of every edge are among the nodes (filter-graph.ts keeps only such edges).
    edgeSources: graph.edges.map((edge) => index.get(edge.source)!),
    edgeTargets: graph.edges.map((edge) => index.get(edge.target)!),
    edgeKinds: graph.edges.map((edge) => edge.kind),
    edgeCrossSector: graph.edges.map((edge) => edge.crossSector),
    edgeWeights: graph.edges.map((edge) => edge.weight),
    edgeSince: graph.edges.map((edge) => edge.since),
    edgeUntil: graph.edges.map((edge) => edge.until),
    edgeAgreementStatuses: graph.edges.map((edge) => edge.agreementStatus),
  };
  built.set(graph, columns);
  return columns;
}
