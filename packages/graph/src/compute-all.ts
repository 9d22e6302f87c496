import { betweennessErrorBound } from './betweenness-sampled';
import { closenessFromSweep, pathLengthsFromSweep } from './closeness';
import { brandesSweep } from './brandes-sweep';
import { brokerage, dominantBrokerageRole } from './brokerage';
import type { BrokerageCounts, BrokerageRole } from './brokerage';
import { clustering } from './clustering';
import { connectedComponents } from './components';
import { constraint } from './constraint';
import { crossSectorShare } from './cross-sector-share';
import { toCsr } from './csr';
import { degree, weightedDegree } from './degree';
import { density } from './density';
import { effectiveSize } from './effective-size';
import { efficiency } from './efficiency';
import { eiIndex } from './ei-index';
import { graphFromPlain } from './graph-from-plain';
import type { PlainGraph } from './graph-from-plain';
import { louvainCommunities } from './louvain';
import { mixingMatrix } from './mixing-matrix';
import type { MixingMatrix } from './mixing-matrix';
import { modularity } from './modularity';
import { pagerank } from './pagerank';
import { sampleIndices, seededRandom } from './rng';
import { normaliseBetweenness, scaleHarmonic } from './sweep-scaling';
import { threeSectorAgreements } from './three-sector-agreements';
import type { ThreeSectorAgreements } from './three-sector-agreements';
import { twoStepReach } from './two-step-reach';
import { SECTORS } from './types';
import type { AnyGraph, Sector } from './types';

/** Default largest graph whose betweenness is computed exactly (a few seconds here); above it, sampled. */
export const EXACT_BETWEENNESS_MAX_NODES = 6000;

/** Default number of sources swept when betweenness is sampled. */
export const DEFAULT_BETWEENNESS_SAMPLES = 1000;

/** Options for {@link computeAllMetrics}. */
export interface ComputeAllOptions {
  /** Above this many nodes betweenness and harmonic closeness are sampled. Default 6000. */
  exactBetweennessMaxNodes?: number;
  /** Sources swept when sampling. Default 1000. */
  betweennessSamples?: number;
  /** Seed for sampling and Louvain. Default 1. */
  seed?: number;
  /** Failure probability of the sampling bound. Default 0.05. */
  delta?: number;
  /** Weight attribute for weighted degree, PageRank, Louvain and modularity; null for unweighted. Default `'weight'`. */
  weight?: string | null;
  /** Weight attribute for constraint, effective size and efficiency; default null (unweighted), as in networkx. */
  structuralHolesWeight?: string | null;
  /** Agreement statuses counted in the three-sector share. Default: all. */
  agreementStatuses?: readonly string[];
}

/** Every metric of one node. NaN where a metric is undefined (isolated nodes). */
export interface NodeMetrics {
  degree: number;
  weightedDegree: number;
  /** Normalised betweenness; an estimate when `sampling.method` is 'sampled'. */
  betweenness: number;
  /** Harmonic closeness; an estimate when `sampling.method` is 'sampled'. */
  harmonic: number;
  /** Closeness (Wasserman–Faust, as networkx); an estimate when `sampling.method` is 'sampled'. */
  closeness: number;
  pagerank: number;
  community: number;
  constraint: number;
  effectiveSize: number;
  efficiency: number;
  brokerage: BrokerageCounts;
  /** Most frequent brokerage role, null when the node brokers no open pair. */
  brokerageRole: BrokerageRole | null;
  eiIndex: number;
  twoStepReach: number;
  clustering: number;
  crossSectorShare: number;
}

/** Whole-graph figures. */
export interface GraphStats {
  nodeCount: number;
  /** Distinct ties (parallel edges merged, self-loops dropped). */
  edgeCount: number;
  density: number;
  componentCount: number;
  largestComponentSize: number;
  /** Longest shortest path between connected nodes; from sampled sources a lower bound. */
  diameter: number;
  /** Mean shortest path length over connected pairs; from sampled sources an estimate. NaN without ties. */
  averagePathLength: number;
  modularityBySector: number;
  modularityByCommunity: number;
  communityCount: number;
  eiBySector: Record<Sector, number>;
  eiOverall: number;
  mixingMatrix: MixingMatrix;
  brokerageTotals: BrokerageCounts;
  threeSectorAgreements: ThreeSectorAgreements;
}

/** How betweenness and harmonic closeness were computed. */
export interface SamplingInfo {
  method: 'exact' | 'sampled';
  /** Sources swept (the node count when exact). */
  samples: number;
  /** Bound on the error of each normalised betweenness value (0 when exact). */
  betweennessEpsilon: number;
  /** Bound on the error of each harmonic closeness value: (n − 1) × the same ε. */
  harmonicEpsilon: number;
  /** Probability that the bounds fail. */
  delta: number;
}

/** Result of {@link computeAllMetrics}: plain data, safe to post from a worker. */
export interface AllMetrics {
  nodes: Record<string, NodeMetrics>;
  graph: GraphStats;
  sampling: SamplingInfo;
}

function isPlainGraph(input: AnyGraph | PlainGraph): input is PlainGraph {
  return Array.isArray((input as PlainGraph).nodes);
}

/**
 * Computes every node metric and graph figure in one go, packing the graph once. Pure
 * and plain-data in, plain-data out, so it can run in a worker thread: pass the graph,
 * or `{ nodes, edges }` arrays that are turned into one with {@link graphFromPlain}.
 * Metrics describe the graph given — the filtered view the user is looking at.
 */
export function computeAllMetrics(
  input: AnyGraph | PlainGraph,
  options: ComputeAllOptions = {},
): AllMetrics {
  const graph = isPlainGraph(input) ? graphFromPlain(input) : input;
  const weight = options.weight === undefined ? 'weight' : options.weight;
  const holesWeight = options.structuralHolesWeight ?? null;
  const seed = options.seed ?? 1;
  const delta = options.delta ?? 0.05;
  const csr = toCsr(graph, { weight });
  // A second packing only when the structural-hole metrics want a different weight attribute.
  const holesCsr =
    holesWeight === null || holesWeight === weight ? csr : toCsr(graph, { weight: holesWeight });
  const n = csr.nodeCount;

  const exactLimit = options.exactBetweennessMaxNodes ?? EXACT_BETWEENNESS_MAX_NODES;
  const exact = n <= exactLimit;
  const samples = exact ? n : Math.min(n, options.betweennessSamples ?? DEFAULT_BETWEENNESS_SAMPLES);
  const sources = exact ? null : sampleIndices(n, samples, seededRandom(seed));
  const sweep = brandesSweep(csr, sources, { dependency: true, inverseDistance: true, distances: true });
  const betweennessValues = normaliseBetweenness(csr, sweep);
  const harmonicValues = scaleHarmonic(csr, sweep);
  const closenessValues = closenessFromSweep(csr, sweep);
  const lengths = pathLengthsFromSweep(sweep);
  const epsilon = exact ? 0 : betweennessErrorBound(n, samples, delta);

  const degrees = degree(csr);
  const strengths = weight === null ? degrees : weightedDegree(csr, { weight });
  const ranks = pagerank(csr, { weight });
  const communities = louvainCommunities(csr, { weight, seed });
  const constraints = constraint(holesCsr, { weight: holesWeight });
  const sizes = effectiveSize(holesCsr, { weight: holesWeight });
  const efficiencies = efficiency(holesCsr, { weight: holesWeight });
  const roles = brokerage(csr);
  const ei = eiIndex(csr);
  const reach = twoStepReach(csr);
  const clusterings = clustering(csr);
  const crossing = crossSectorShare(csr);
  const components = connectedComponents(csr);

  const nodes: Record<string, NodeMetrics> = {};
  for (let i = 0; i < n; i++) {
    const id = csr.ids[i] as string;
    const counts = roles.byNode[id] as BrokerageCounts;
    nodes[id] = {
      degree: degrees[id] as number,
      weightedDegree: strengths[id] as number,
      betweenness: betweennessValues[i] as number,
      harmonic: harmonicValues[i] as number,
      closeness: closenessValues[i] as number,
      pagerank: ranks[id] as number,
      community: communities.communities[id] as number,
      constraint: constraints[id] as number,
      effectiveSize: sizes[id] as number,
      efficiency: efficiencies[id] as number,
      brokerage: counts,
      brokerageRole: dominantBrokerageRole(counts),
      eiIndex: ei.byNode[id] as number,
      twoStepReach: reach[id] as number,
      clustering: clusterings[id] as number,
      crossSectorShare: crossing[id] as number,
    };
  }

  const sectorPartition: Record<string, string> = {};
  for (let i = 0; i < n; i++)
    sectorPartition[csr.ids[i] as string] = SECTORS[csr.sectors[i] as number] as string;

  return {
    nodes,
    graph: {
      nodeCount: n,
      edgeCount: csr.edgeCount,
      density: density(csr),
      componentCount: components.count,
      largestComponentSize: components.sizes.reduce((a, b) => Math.max(a, b), 0),
      diameter: lengths.diameter,
      averagePathLength: lengths.averagePathLength,
      modularityBySector: modularity(csr, sectorPartition, { weight }),
      modularityByCommunity: modularity(csr, communities.communities, { weight }),
      communityCount: communities.count,
      eiBySector: ei.bySector,
      eiOverall: ei.overall,
      mixingMatrix: mixingMatrix(csr),
      brokerageTotals: roles.totals,
      threeSectorAgreements: threeSectorAgreements(
        graph,
        options.agreementStatuses === undefined ? {} : { statuses: options.agreementStatuses },
      ),
    },
    sampling: {
      method: exact ? 'exact' : 'sampled',
      samples,
      betweennessEpsilon: epsilon,
      harmonicEpsilon: n > 1 ? epsilon * (n - 1) : 0,
      delta,
    },
  };
}
