import { PAID_WORK_STATUSES, SECTORS } from '@brobygger/domain';
import { suppressionFor } from '../../privacy/research-counts';
import type { AllMetrics, SamplingInfo } from '@brobygger/graph';
import type { GraphQLContext } from '../../context';
import { metricsFor } from './graph-metrics';
import type { GraphData, GraphFilterInput } from './graph-types';
import { finite } from './metrics-view';
import { viewFor } from './service';
import { requireRole } from '../../authorization/acting-viewer';
import { COORDINATOR_OR_RESEARCHER } from '../../authorization/permissions';

function participantsInPaidWork(graph: GraphData): [number, number] {
  let participants = 0;
  let working = 0;
  for (const node of graph.nodes) {
    if (node.kind !== 'PARTICIPANT') continue;
    participants += 1;
    if (node.participantStatus && PAID_WORK_STATUSES.includes(node.participantStatus)) working += 1;
  }
  return [working, participants];
}

/** The deprecated `note`, in English for API clients: the web words the method and bounds itself. */
export function samplingNote(sampling: SamplingInfo, nodeCount: number): string {
  if (sampling.method === 'exact') return 'Exact: betweenness and closeness are computed from every node.';
  const percent = Math.round((1 - sampling.delta) * 100);
  return (
    `Estimated: betweenness and closeness are sampled from ${sampling.samples} of ${nodeCount} nodes; ` +
    `each betweenness value is within ±${sampling.betweennessEpsilon.toFixed(3)} of the exact one with ` +
    `${percent} % probability. Compare ranks rather than small values.`
  );
}

/** GraphStats for the figures computed on a view; counts suppressed for researchers. */
export function graphStatsView(metrics: AllMetrics, graph: GraphData, researcher: boolean, exactMaxNodes: number) {
  const suppression = suppressionFor(researcher);
  const count = suppression.count;
  // Ratios of exact counts would give the counts back: researchers get them coarse.
  const ratio = (x: number) => suppression.figure(finite(x));
  const exactOr = (n: number) => (researcher ? (count(n).value ?? 0) : n);
  const g = metrics.graph;
  const [working, participants] = participantsInPaidWork(graph);
  const three = g.threeSectorAgreements;
  return {
    nodeCount: count(g.nodeCount),
    edgeCount: count(g.edgeCount),
    density: ratio(g.density),
    componentCount: count(g.componentCount),
    largestComponentSize: count(g.largestComponentSize),
    diameter: g.diameter,
    averagePathLength: ratio(g.averagePathLength),
    sectorModularity: ratio(g.modularityBySector),
    communityModularity: ratio(g.modularityByCommunity),
    communityCount: count(g.communityCount),
    eiBySector: SECTORS.map((sector) => ({ sector, eiIndex: ratio(g.eiBySector[sector]) })),
    eiIndex: ratio(g.eiOverall),
    mixingMatrix: SECTORS.flatMap((from) => SECTORS.map((to) => ({ from, to, count: count(g.mixingMatrix[from][to]) }))),
    brokerageTotals: {
      coordinator: count(g.brokerageTotals.coordinator),
      itinerant: count(g.brokerageTotals.itinerant),
      gatekeeperRepresentative: count(g.brokerageTotals.gatekeeperRepresentative),
      liaison: count(g.brokerageTotals.liaison),
      total: count(g.brokerageTotals.total),
    },
    threeSectorAgreements: suppression.share(three.threeSector, three.agreements),
    participantsInPaidWork: suppression.share(working, participants),
    betweenness: {
      method: metrics.sampling.method === 'exact' ? ('EXACT' as const) : ('SAMPLED' as const),
      samples: exactOr(metrics.sampling.samples),
      nodeCount: exactOr(g.nodeCount),
      exactMaxNodes,
      epsilon: metrics.sampling.betweennessEpsilon,
      harmonicEpsilon: metrics.sampling.harmonicEpsilon,
      delta: metrics.sampling.delta,
      note: samplingNote(metrics.sampling, exactOr(g.nodeCount)),
    },
  };
}

export async function graphStatsFor(ctx: GraphQLContext, filter: GraphFilterInput | null | undefined) {
  requireRole(ctx, COORDINATOR_OR_RESEARCHER, 'graphStatsFor');
  const view = await viewFor(ctx, filter);
  const metrics = await metricsFor(ctx, view);
  return graphStatsView(metrics, view.graph, ctx.viewer?.role === 'RESEARCHER', ctx.env.GRAPH_EXACT_BETWEENNESS_MAX_NODES);
}
