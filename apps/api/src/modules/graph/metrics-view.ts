import type { BrokerageRole, NodeMetrics } from '@brobygger/graph';

/** GraphQL cannot carry NaN (an undefined metric, e.g. constraint of an isolated node): it becomes null. */
export const finite = (value: number): number | null => (Number.isFinite(value) ? value : null);

const ROLE: Record<BrokerageRole, 'COORDINATOR' | 'ITINERANT' | 'GATEKEEPER_REPRESENTATIVE' | 'LIAISON'> = {
  coordinator: 'COORDINATOR',
  itinerant: 'ITINERANT',
  gatekeeperRepresentative: 'GATEKEEPER_REPRESENTATIVE',
  liaison: 'LIAISON',
};

export const brokerageRoleName = (role: BrokerageRole | null) => (role ? ROLE[role] : null);

/** A node's metrics in the shape of the NodeMetrics type. */
export function nodeMetricsView(metrics: NodeMetrics) {
  return {
    degree: metrics.degree,
    weightedDegree: metrics.weightedDegree,
    betweenness: finite(metrics.betweenness),
    harmonicCloseness: finite(metrics.harmonic),
    closeness: finite(metrics.closeness),
    pagerank: finite(metrics.pagerank),
    community: finite(metrics.community),
    constraint: finite(metrics.constraint),
    effectiveSize: finite(metrics.effectiveSize),
    efficiency: finite(metrics.efficiency),
    brokerage: metrics.brokerage,
    dominantBrokerageRole: brokerageRoleName(metrics.brokerageRole),
    eiIndex: finite(metrics.eiIndex),
    twoStepReach: metrics.twoStepReach,
    clustering: finite(metrics.clustering),
    crossSectorShare: finite(metrics.crossSectorShare),
  };
}
