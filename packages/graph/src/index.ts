export { assignNodeMetrics } from './assign-node-metrics';
export { betweenness } from './betweenness';
export {
  betweennessErrorBound,
  betweennessSampled,
  betweennessSampleSize,
} from './betweenness-sampled';
export type { BetweennessEstimate, BetweennessSampledOptions } from './betweenness-sampled';
export { brokerage, dominantBrokerageRole } from './brokerage';
export type { Brokerage, BrokerageCounts, BrokerageRole } from './brokerage';
export { clustering } from './clustering';
export { connectedComponents } from './components';
export type { Components } from './components';
export {
  computeAllMetrics,
  DEFAULT_BETWEENNESS_SAMPLES,
  EXACT_BETWEENNESS_MAX_NODES,
} from './compute-all';
export type {
  AllMetrics,
  ComputeAllOptions,
  GraphStats,
  NodeMetrics,
  SamplingInfo,
} from './compute-all';
export { constraint } from './constraint';
export type { ConstraintOptions } from './constraint';
export { crossSectorShare } from './cross-sector-share';
export { isCsr, toCsr } from './csr';
export type { Csr, CsrOptions } from './csr';
export { degree, weightedDegree } from './degree';
export type { WeightedDegreeOptions } from './degree';
export { density } from './density';
export { effectiveSize } from './effective-size';
export type { EffectiveSizeOptions } from './effective-size';
export { efficiency } from './efficiency';
export { eiIndex } from './ei-index';
export type { EiIndex } from './ei-index';
export { graphFromPlain } from './graph-from-plain';
export type { PlainEdge, PlainGraph, PlainNode } from './graph-from-plain';
export { harmonicCloseness } from './harmonic';
export { closeness, pathLengths, type PathLengths } from './closeness';
export { louvainCommunities } from './louvain';
export type { LouvainOptions, LouvainResult } from './louvain';
export { mixingMatrix } from './mixing-matrix';
export type { MixingMatrix } from './mixing-matrix';
export { modularity } from './modularity';
export type { ModularityOptions } from './modularity';
export { pagerank } from './pagerank';
export type { PagerankOptions } from './pagerank';
export { shortestPath } from './shortest-path';
export { threeSectorAgreements } from './three-sector-agreements';
export type { ThreeSectorAgreements, ThreeSectorOptions } from './three-sector-agreements';
export { twoStepReach } from './two-step-reach';
export type { TwoStepReachOptions } from './two-step-reach';
export { SECTORS } from './types';
export type {
  AnyGraph,
  EdgeKind,
  GraphEdgeAttributes,
  GraphNodeAttributes,
  NodeKind,
  NodeMetric,
  Sector,
} from './types';
export { overviewLayout } from './overview-layout';
export type { OverviewLayout, OverviewLayoutInput } from './overview-layout';
export { seededRandom } from './rng';
