import { MultiUndirectedGraph } from 'graphology';
import type { EdgeKind, GraphEdgeAttributes, GraphNodeAttributes, NodeKind, Sector } from './types';

/** A node as plain data, e.g. passed to a worker thread. */
export interface PlainNode {
  id: string;
  sector: Sector;
  kind: NodeKind;
}

/** An edge as plain data. */
export interface PlainEdge {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  weight?: number;
  agreementId?: string;
  agreementStatus?: string;
}

/** A whole graph as plain arrays: what crosses a worker boundary or sits in a fixture. */
export interface PlainGraph {
  nodes: readonly PlainNode[];
  edges: readonly PlainEdge[];
}

/**
 * Builds an undirected multigraph from plain arrays. A multigraph, because two parties
 * can share several agreements and each edge carries its own agreement id.
 */
export function graphFromPlain(
  plain: PlainGraph,
): MultiUndirectedGraph<GraphNodeAttributes, GraphEdgeAttributes> {
  const graph = new MultiUndirectedGraph<GraphNodeAttributes, GraphEdgeAttributes>();
  for (const node of plain.nodes) {
    if (graph.hasNode(node.id))
      throw new Error(`@brobygger/graph/graph-from-plain: node "${node.id}" appears twice`);
    graph.addNode(node.id, { sector: node.sector, kind: node.kind });
  }
  for (const edge of plain.edges) {
    for (const end of [edge.source, edge.target]) {
      if (!graph.hasNode(end)) {
        throw new Error(
          `@brobygger/graph/graph-from-plain: edge "${edge.id}" refers to unknown node "${end}"`,
        );
      }
    }
    const attributes: GraphEdgeAttributes = { kind: edge.kind };
    if (edge.weight !== undefined) attributes.weight = edge.weight;
    if (edge.agreementId !== undefined) attributes.agreementId = edge.agreementId;
    if (edge.agreementStatus !== undefined) attributes.agreementStatus = edge.agreementStatus;
    graph.addEdgeWithKey(edge.id, edge.source, edge.target, attributes);
  }
  return graph;
}
