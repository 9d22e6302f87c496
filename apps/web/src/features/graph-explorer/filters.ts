import type { AgreementStatus, GraphEdgeKind, GraphNodeKind, Sector } from '@brobygger/domain';

/** The explorer's filters that go to the server as GraphFilter; empty lists mean "all". */
export interface ExplorerFilter {
  sectors: Sector[];
  nodeKinds: GraphNodeKind[];
  edgeKinds: GraphEdgeKind[];
  agreementStatuses: AgreementStatus[];
  networkId: string | null;
  crossSectorOnly: boolean;
}

export const EMPTY_FILTER: ExplorerFilter = {
  sectors: [],
  nodeKinds: [],
  edgeKinds: [],
  agreementStatuses: [],
  networkId: null,
  crossSectorOnly: false,
};

/** The GraphFilter variables, leaving out what is not narrowed so the server's defaults hold. */
export function toGraphFilter(filter: ExplorerFilter) {
  return {
    ...(filter.sectors.length ? { sectors: filter.sectors } : {}),
    ...(filter.nodeKinds.length ? { nodeKinds: filter.nodeKinds } : {}),
    ...(filter.edgeKinds.length ? { edgeKinds: filter.edgeKinds } : {}),
    ...(filter.agreementStatuses.length ? { agreementStatuses: filter.agreementStatuses } : {}),
    ...(filter.networkId ? { networkId: filter.networkId } : {}),
    ...(filter.crossSectorOnly ? { crossSectorOnly: true } : {}),
  };
}

const STORAGE_KEY = 'brobygger.graph.filter';

/** The filter of the last visit in this tab, so coming back shows the same view. */
export function loadFilter(): ExplorerFilter {
  try {
    const raw = window.sessionStorage.getItem(STORAGE_KEY);
    return raw ? { ...EMPTY_FILTER, ...(JSON.parse(raw) as Partial<ExplorerFilter>) } : EMPTY_FILTER;
  } catch {
    return EMPTY_FILTER;
  }
}

export function saveFilter(filter: ExplorerFilter): void {
  window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(filter));
}
