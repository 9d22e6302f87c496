import { MultiUndirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import type { Column } from './export-columns';
import { xmlChars } from './graphml-writer';

export interface GexfInput<N, E> {
  nodes: readonly N[];
  edges: readonly E[];
  nodeId: (node: N) => string;
  nodeLabel: (node: N) => string;
  edgeEnds: (edge: E) => { id: string; source: string; target: string };
  /** The tie's strength as GEXF's own `weight`, the one Gephi and networkx read as the weight. */
  edgeWeight: (edge: E) => number;
  nodeColumns: readonly Column<N>[];
  edgeColumns: readonly Column<E>[];
}

function attributesOf<R>(row: R, columns: readonly Column<R>[]): Record<string, string | number | boolean> {
  const attributes: Record<string, string | number | boolean> = {};
  for (const column of columns) {
    const value = column.value(row);
    if (value === null || (typeof value === 'number' && !Number.isFinite(value))) continue;
    attributes[column.name] = typeof value === 'string' ? xmlChars(value) : value;
  }
  return attributes;
}

/**
 * GEXF 1.3 for Gephi, written by graphology-gexf from a multigraph (two parties can share
 * several agreements). graphology-gexf infers each attribute's type from its values. The
 * strength goes both into the edge's native `weight` and, as before, the `weight` column.
 * graphology-gexf escapes markup but not the characters XML cannot carry: every text (ids,
 * labels, values) loses those first, so no stored name can make the file unreadable.
 */
export function writeGexf<N, E>(input: GexfInput<N, E>): string {
  const graph = new MultiUndirectedGraph();
  for (const node of input.nodes) {
    graph.addNode(xmlChars(input.nodeId(node)), { label: xmlChars(input.nodeLabel(node)), attributes: attributesOf(node, input.nodeColumns) });
  }
  for (const edge of input.edges) {
    const { id, source, target } = input.edgeEnds(edge);
    graph.addEdgeWithKey(xmlChars(id), xmlChars(source), xmlChars(target), {
      weight: input.edgeWeight(edge),
      attributes: attributesOf(edge, input.edgeColumns),
    });
  }
  return write(graph, {
    version: '1.3',
    formatNode: (_key, attributes) => ({ label: attributes.label as string, attributes: attributes.attributes as Record<string, unknown> }),
    formatEdge: (_key, attributes) => ({ weight: attributes.weight as number, attributes: attributes.attributes as Record<string, unknown> }),
  });
}
