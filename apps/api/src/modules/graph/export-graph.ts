import type { GraphQLContext } from '../../context';
import { writeCsv } from './csv-writer';
import { EDGE_COLUMNS, NODE_COLUMNS, type ExportNode } from './export-columns';
import { writeGexf } from './gexf-writer';
import { metricsFor } from './graph-metrics';
import type { GraphEdgeData, GraphFilterInput } from './graph-types';
import { writeGraphml } from './graphml-writer';
import { viewFor } from './service';
import { requireRole } from '../../authorization/acting-viewer';
import { noteNamedParticipants } from '../../privacy/profile-reads';
import { READERS } from '../../authorization/permissions';

export type GraphExportFormat = 'GRAPHML' | 'GEXF' | 'CSV_NODES' | 'CSV_EDGES';

export interface GraphExportFile {
  filename: string;
  mimeType: string;
  content: string;
}

const FILES: Record<GraphExportFormat, { suffix: string; mimeType: string }> = {
  GRAPHML: { suffix: '.graphml', mimeType: 'application/graphml+xml' },
  GEXF: { suffix: '.gexf', mimeType: 'application/gexf+xml' },
  CSV_NODES: { suffix: '-nodes.csv', mimeType: 'text/csv; charset=utf-8' },
  CSV_EDGES: { suffix: '-edges.csv', mimeType: 'text/csv; charset=utf-8' },
};

const nodeId = ({ node }: ExportNode) => node.id;
const edgeEnds = (edge: GraphEdgeData) => edge;

/** The file's text: the same nodes, edges and attributes in each format. */
export function renderExport(format: GraphExportFormat, nodes: readonly ExportNode[], edges: readonly GraphEdgeData[]): string {
  const tables = { nodes, edges, nodeId, edgeEnds, nodeColumns: NODE_COLUMNS, edgeColumns: EDGE_COLUMNS };
  switch (format) {
    case 'GRAPHML':
      return writeGraphml(tables);
    case 'GEXF':
      return writeGexf({ ...tables, nodeLabel: ({ node }) => node.label, edgeWeight: (edge) => edge.weight });
    case 'CSV_NODES':
      return writeCsv(
        ['id', ...NODE_COLUMNS.map((c) => c.name)],
        nodes.map((row) => [row.node.id, ...NODE_COLUMNS.map((c) => c.value(row))]),
      );
    case 'CSV_EDGES':
      return writeCsv(
        ['id', 'source', 'target', ...EDGE_COLUMNS.map((c) => c.name)],
        edges.map((e) => [e.id, e.source, e.target, ...EDGE_COLUMNS.map((c) => c.value(e))]),
      );
  }
}

/**
 * The graph the viewer is looking at, with its metrics, as a file. It goes through the same
 * privacy path as the `graph` query, so a researcher's file holds pseudonyms only.
 */
export async function exportGraphFor(
  ctx: GraphQLContext,
  filter: GraphFilterInput | null | undefined,
  format: GraphExportFormat,
): Promise<GraphExportFile> {
  requireRole(ctx, READERS, 'exportGraphFor');
  const view = await viewFor(ctx, filter);
  const metrics = await metricsFor(ctx, view);
  // The file names every participant in it.
  noteNamedParticipants(ctx, view.graph.nodes);
  const nodes = view.graph.nodes.map((node) => ({ node, metrics: metrics.nodes[node.id] }));
  const file = FILES[format];
  return {
    filename: `brobygger-graph-${ctx.now().toISOString().slice(0, 10)}${file.suffix}`,
    mimeType: file.mimeType,
    content: renderExport(format, nodes, view.graph.edges),
  };
}
