import type { AgreementStatus, GraphEdgeKind, GraphNodeKind, Sector } from '@brobygger/domain';

/** A node as the `graph` query returns it. */
export interface GraphNodeData {
  id: string;
  label: string;
  kind: GraphNodeKind;
  sector: Sector;
  since?: string | null;
  /** Where the server's picture of the view places the node (`compactGraph.nodeX`/`nodeY`), when it drew one. */
  position?: { x: number; y: number };
}

/** An edge as the `graph` query returns it. */
export interface GraphEdgeData {
  id: string;
  source: string;
  target: string;
  kind: GraphEdgeKind;
  crossSector: boolean;
  agreementStatus?: AgreementStatus | null;
  since?: string | null;
  until?: string | null;
}

/**
 * A graph's edges, read in order: an array, or a view over the answer's columns that makes each
 * edge as it is read (from-columns.ts), so the explorer keeps no second copy of 100,000 edges.
 */
export type GraphEdges = Iterable<GraphEdgeData> & { readonly length: number };

export interface GraphData {
  nodes: readonly GraphNodeData[];
  edges: GraphEdges;
}

/** Attributes of a node in the graphology graph that sigma draws. */
export interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  color: string;
  borderColor: string;
  label: string;
  type: 'circle' | 'square' | 'ring';
  kind: GraphNodeKind;
  sector: Sector;
  since: string | null;
}

export interface EdgeAttrs {
  size: number;
  color: string;
  kind: GraphEdgeKind;
  crossSector: boolean;
  since: string | null;
  until: string | null;
}

/** What the reducers read to decide what is highlighted, dimmed or hidden. */
export interface HighlightState {
  hovered: string | null;
  hoveredNeighbors: ReadonlySet<string>;
  selected: string | null;
  /** The selected node's neighbours: their labels are always drawn beside the selection's. */
  selectedNeighbors: ReadonlySet<string>;
  /** Nodes within the focus radius, or null when focus mode is off. */
  focus: ReadonlySet<string> | null;
  /** Hide what had not begun, or had ended, on this ISO day; null shows everything. */
  asOf: string | null;
  /** Sizes and colours from a chosen metric; null draws the graph's own (degree, sector). */
  looks: ReadonlyMap<string, { size?: number; color?: string; borderColor?: string }> | null;
  /** The bridge path to draw over everything: its nodes, and its ties as sorted "a|b" pairs. */
  path: BridgePathHighlight | null;
  /** Draw no ties (a large graph while its layout runs: software GL spends seconds a frame on them). */
  hideEdges: boolean;
}

export interface BridgePathHighlight {
  nodes: ReadonlySet<string>;
  pairs: ReadonlySet<string>;
}

/** The key of an undirected pair of nodes, the same whichever end comes first. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
