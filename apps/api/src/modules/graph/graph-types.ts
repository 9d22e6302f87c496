import type {
  AgreementStatus,
  GraphEdgeKind,
  GraphNodeKind,
  ParticipantStatus,
  Sector,
} from '@brobygger/domain';

/** A node as the graph query returns it; `personId` lets privacy rules find the person. */
export interface GraphNodeData {
  id: string;
  label: string;
  kind: GraphNodeKind;
  sector: Sector;
  since: string | null;
  /** For participants: whether they share their data for research. */
  shareForResearch?: boolean;
  /** For participants: their status on the path to work (for the share in paid work). */
  participantStatus?: ParticipantStatus;
}

export interface GraphEdgeData {
  id: string;
  source: string;
  target: string;
  kind: GraphEdgeKind;
  crossSector: boolean;
  weight: number;
  since: string | null;
  until: string | null;
  agreementId: string | null;
  agreementStatus: AgreementStatus | null;
  threeSector: boolean | null;
  /**
   * For AGREEMENT edges: whether every participant party of the agreement shares for research,
   * those outside the view included (researchers see the agreement only then).
   */
  participantsShare: boolean | null;
  /** For MEMBERSHIP edges and network filters: the network the edge belongs to. */
  networkId?: string;
}

export interface GraphData {
  nodes: GraphNodeData[];
  edges: GraphEdgeData[];
}

export interface GraphFilterInput {
  sectors?: readonly Sector[] | null;
  nodeKinds?: readonly GraphNodeKind[] | null;
  edgeKinds?: readonly GraphEdgeKind[] | null;
  networkId?: string | null;
  agreementStatuses?: readonly AgreementStatus[] | null;
  asOf?: string | null;
  crossSectorOnly?: boolean | null;
}
