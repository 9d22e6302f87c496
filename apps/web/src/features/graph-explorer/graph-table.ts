import type { GraphEdgeKind, GraphNodeKind, Sector } from '@brobygger/domain';
import type { ExplorerGraph } from './build-graph';
import { edgeOwnVisible, nodeVisible, type Visibility } from './visibility';

/** One node of the table view: what the canvas shows of it, and its ties in view. */
export interface NodeRow {
  id: string;
  label: string;
  kind: GraphNodeKind;
  sector: Sector;
  degree: number;
  crossSector: number;
}

/** One tie of the table view, with the names of both ends. */
export interface EdgeRow {
  id: string;
  source: string;
  sourceLabel: string;
  target: string;
  targetLabel: string;
  kind: GraphEdgeKind;
  crossSector: boolean;
  since: string | null;
  until: string | null;
}

export type NodeSortKey = 'label' | 'degree';
export type EdgeSortKey = 'source' | 'kind' | 'since';
export interface Sort<K extends string> {
  key: K;
  direction: 'ascending' | 'descending';
}

/** The nodes and ties the canvas shows (date and focus applied), as rows; degree counts ties in view. */
export function tableRows(graph: ExplorerGraph, v: Visibility): { nodes: NodeRow[]; edges: EdgeRow[] } {
  const rows = new Map<string, NodeRow>();
  graph.forEachNode((id, attrs) => {
    if (nodeVisible(id, attrs, v)) rows.set(id, { id, label: attrs.label, kind: attrs.kind, sector: attrs.sector, degree: 0, crossSector: 0 });
  });
  const edges: EdgeRow[] = [];
  graph.forEachEdge((id, attrs, source, target) => {
    const from = rows.get(source);
    const to = rows.get(target);
    if (!from || !to || !edgeOwnVisible(source, target, attrs, v)) return;
    from.degree += 1;
    to.degree += 1;
    if (attrs.crossSector) {
      from.crossSector += 1;
      to.crossSector += 1;
    }
    edges.push({
      id,
      source,
      sourceLabel: from.label,
      target,
      targetLabel: to.label,
      kind: attrs.kind,
      crossSector: attrs.crossSector,
      since: attrs.since,
      until: attrs.until,
    });
  });
  return { nodes: [...rows.values()], edges };
}

/** Whether a name contains what was typed, whatever the case. */
export function matchesQuery(text: string, query: string): boolean {
  const q = query.trim().toLocaleLowerCase();
  return q === '' || text.toLocaleLowerCase().includes(q);
}

/** Nodes sorted by name (in the language's order) or by ties in view, ties broken by name. */
export function sortNodeRows(rows: readonly NodeRow[], sort: Sort<NodeSortKey>, collator: Intl.Collator): NodeRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const primary = sort.key === 'degree' ? a.degree - b.degree : collator.compare(a.label, b.label);
    return primary !== 0 ? sign * primary : collator.compare(a.label, b.label);
  });
}

/** Ties sorted by the first end's name, by kind, or by the day they began (undated last). */
export function sortEdgeRows(rows: readonly EdgeRow[], sort: Sort<EdgeSortKey>, collator: Intl.Collator): EdgeRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    let primary: number;
    if (sort.key === 'kind') primary = a.kind.localeCompare(b.kind);
    else if (sort.key === 'since') {
      if (a.since === b.since) primary = 0;
      else if (a.since === null) return 1;
      else if (b.since === null) return -1;
      else primary = a.since < b.since ? -1 : 1;
    } else primary = collator.compare(a.sourceLabel, b.sourceLabel);
    return primary !== 0 ? sign * primary : collator.compare(a.sourceLabel, b.sourceLabel) || collator.compare(a.targetLabel, b.targetLabel);
  });
}

/** One page of rows (pages count from 1) and how many pages there are. */
export function pageOf<T>(rows: readonly T[], page: number, size: number): { rows: T[]; pages: number; page: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(1, page), pages);
  return { rows: rows.slice((current - 1) * size, current * size), pages, page: current };
}
