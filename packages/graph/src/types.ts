import type { AbstractGraph } from 'graphology-types';

/** The three sectors a node can belong to; the group for brokerage, E-I and mixing. */
export const SECTORS = ['BUSINESS', 'PUBLIC', 'CIVIL'] as const;

/** A sector name. */
export type Sector = (typeof SECTORS)[number];

/** What a node stands for. */
export type NodeKind = 'PERSON' | 'PARTICIPANT' | 'ORGANIZATION' | 'NETWORK';

/** What an edge stands for. */
export type EdgeKind = 'AFFILIATION' | 'CONNECTION' | 'MEMBERSHIP' | 'AGREEMENT';

/** Attributes this package reads from a node. */
export interface GraphNodeAttributes {
  sector: Sector;
  kind: NodeKind;
  [key: string]: unknown;
}

/** Attributes this package reads from an edge. */
export interface GraphEdgeAttributes {
  kind: EdgeKind;
  weight?: number;
  agreementId?: string;
  agreementStatus?: string;
  [key: string]: unknown;
}

/**
 * Any graphology graph. Edges are read as undirected whatever the graph type: parallel
 * edges are merged into one tie and self-loops are ignored (see `toCsr`).
 */
export type AnyGraph = AbstractGraph;

/** A metric value per node id. `NaN` where the metric is undefined for that node. */
export type NodeMetric = Record<string, number>;
