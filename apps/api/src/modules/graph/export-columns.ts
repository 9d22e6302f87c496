import type { NodeMetrics } from '@brobygger/graph';
import type { GraphEdgeData, GraphNodeData } from './graph-types';
import { brokerageRoleName } from './metrics-view';

/** An attribute's type, as GraphML names it (`attr.type`). */
export type AttributeType = 'string' | 'boolean' | 'int' | 'double';

export type AttributeValue = string | number | boolean | null;

/** One attribute of an exported node or edge: its name, type and how to read it. */
export interface Column<Row> {
  name: string;
  type: AttributeType;
  value: (row: Row) => AttributeValue;
}

/** A node as exported: the node and its metrics in the view (absent when the view had none). */
export interface ExportNode {
  node: GraphNodeData;
  metrics: NodeMetrics | undefined;
}

const metric = (name: string, type: AttributeType, read: (m: NodeMetrics) => number | string | null): Column<ExportNode> => ({
  name,
  type,
  value: ({ metrics }) => {
    if (!metrics) return null;
    const value = read(metrics);
    // NaN (undefined metric) is left out rather than written as a value tools read differently.
    return typeof value === 'number' && !Number.isFinite(value) ? null : value;
  },
});

/** Node attributes, in file order. The id is written by each format in its own place. */
export const NODE_COLUMNS: readonly Column<ExportNode>[] = [
  { name: 'label', type: 'string', value: ({ node }) => node.label },
  { name: 'kind', type: 'string', value: ({ node }) => node.kind },
  { name: 'sector', type: 'string', value: ({ node }) => node.sector },
  { name: 'since', type: 'string', value: ({ node }) => node.since },
  metric('degree', 'int', (m) => m.degree),
  metric('weightedDegree', 'double', (m) => m.weightedDegree),
  metric('betweenness', 'double', (m) => m.betweenness),
  metric('harmonicCloseness', 'double', (m) => m.harmonic),
  metric('closeness', 'double', (m) => m.closeness),
  metric('pagerank', 'double', (m) => m.pagerank),
  metric('community', 'int', (m) => m.community),
  metric('constraint', 'double', (m) => m.constraint),
  metric('effectiveSize', 'double', (m) => m.effectiveSize),
  metric('efficiency', 'double', (m) => m.efficiency),
  metric('brokerageCoordinator', 'int', (m) => m.brokerage.coordinator),
  metric('brokerageItinerant', 'int', (m) => m.brokerage.itinerant),
  metric('brokerageGatekeeperRepresentative', 'int', (m) => m.brokerage.gatekeeperRepresentative),
  metric('brokerageLiaison', 'int', (m) => m.brokerage.liaison),
  metric('brokerageTotal', 'int', (m) => m.brokerage.total),
  metric('brokerageRole', 'string', (m) => brokerageRoleName(m.brokerageRole)),
  metric('eiIndex', 'double', (m) => m.eiIndex),
  metric('twoStepReach', 'int', (m) => m.twoStepReach),
  metric('clustering', 'double', (m) => m.clustering),
  metric('crossSectorShare', 'double', (m) => m.crossSectorShare),
];

/** Edge attributes, in file order; id, source and target are written by each format. */
export const EDGE_COLUMNS: readonly Column<GraphEdgeData>[] = [
  { name: 'kind', type: 'string', value: (e) => e.kind },
  { name: 'crossSector', type: 'boolean', value: (e) => e.crossSector },
  { name: 'weight', type: 'int', value: (e) => e.weight },
  { name: 'since', type: 'string', value: (e) => e.since },
  { name: 'until', type: 'string', value: (e) => e.until },
  { name: 'agreementId', type: 'string', value: (e) => e.agreementId },
  { name: 'agreementStatus', type: 'string', value: (e) => e.agreementStatus },
  { name: 'threeSector', type: 'boolean', value: (e) => e.threeSector },
];
