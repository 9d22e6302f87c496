import type { GraphEdgeKind, GraphNodeKind } from '@brobygger/domain';
import { SECTOR_COLORS } from '../../lib/sector-colors';
import type { GraphNodeData, NodeAttrs } from './types';

/**
 * How a node's kind is marked. Sigma 3's core draws only discs, so two small node programs
 * from the sigma project carry the kind: organisations are squares (@sigma/node-square),
 * participants are rings — a sector-coloured border around a white centre — and networks
 * are discs with a dark border (both @sigma/node-border); other people are plain discs.
 * Colour stays free to mean sector, and the shapes still read when colours are dimmed.
 */
export const KIND_SHAPE: Record<GraphNodeKind, NodeAttrs['type']> = {
  PERSON: 'circle',
  PARTICIPANT: 'ring',
  ORGANIZATION: 'square',
  NETWORK: 'ring',
};

export const NETWORK_BORDER = '#343a40';
export const RING_CENTRE = '#ffffff';

/** Base size per kind before degree is added, so hubs stand out but a lone org is visible. */
const BASE_SIZE: Record<GraphNodeKind, number> = {
  PERSON: 2.5,
  PARTICIPANT: 3,
  ORGANIZATION: 4,
  NETWORK: 6,
};

export function nodeSize(kind: GraphNodeKind, degree: number): number {
  // The square root keeps a 500-member network from swallowing its neighbourhood.
  return BASE_SIZE[kind] + Math.sqrt(degree) * 1.2;
}

/**
 * A size from a metric, as a fraction (0–1) of the largest value in view. The square root
 * keeps the spread readable when a few brokers hold most of the betweenness.
 */
export function metricSize(kind: GraphNodeKind, fraction: number): number {
  return BASE_SIZE[kind] * 0.6 + Math.sqrt(Math.max(0, Math.min(1, fraction))) * 16;
}

/** Fill and border for a node of `kind` painted in `paint`, keeping the kind's shape readable. */
export function colorsFor(kind: GraphNodeKind, paint: string): { color: string; borderColor: string } {
  if (kind === 'PARTICIPANT') return { color: RING_CENTRE, borderColor: paint };
  if (kind === 'NETWORK') return { color: paint, borderColor: NETWORK_BORDER };
  return { color: paint, borderColor: paint };
}

/** Fill and border colours for a node's kind and sector. */
export function nodeColors(node: Pick<GraphNodeData, 'kind' | 'sector'>): { color: string; borderColor: string } {
  return colorsFor(node.kind, SECTOR_COLORS[node.sector]);
}

export const EDGE_COLORS: Record<GraphEdgeKind, string> = {
  AFFILIATION: '#ced4da',
  CONNECTION: '#adb5bd',
  MEMBERSHIP: '#d0bfff',
  AGREEMENT: '#fab005',
};

export const DIM_COLOR = '#e9ecef';

/** The bridge path, drawn over everything else. */
export const PATH_COLOR = '#c2255c';
