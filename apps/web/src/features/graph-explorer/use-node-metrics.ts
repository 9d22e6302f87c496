import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { graphql } from '../../gql';
import type { ExplorerMetricsQueryQuery } from '../../gql/graphql';

// Its own query, sent only when a metric-based size or colour is chosen: the graph draws
// first, and the metrics (computed in the API's worker) arrive after.
const ExplorerMetricsQuery = graphql(`
  query ExplorerMetricsQuery($filter: GraphFilter) {
    graph(filter: $filter) {
      nodes {
        id
        metrics {
          degree
          weightedDegree
          betweenness
          harmonicCloseness
          pagerank
          community
          constraint
          effectiveSize
          twoStepReach
          crossSectorShare
          dominantBrokerageRole
        }
      }
    }
    graphStats(filter: $filter) {
      betweenness {
        method
        samples
        nodeCount
        epsilon
        delta
      }
    }
  }
`);

export type NodeMetricsData = NonNullable<ExplorerMetricsQueryQuery['graph']['nodes'][number]['metrics']>;
export type SamplingData = ExplorerMetricsQueryQuery['graphStats']['betweenness'];

export interface NodeMetricsState {
  metrics: ReadonlyMap<string, NodeMetricsData> | null;
  sampling: SamplingData | null;
  loading: boolean;
  error: unknown;
}

/**
 * The metrics of every node in view, fetched once they are first wanted for this filter and
 * kept while it holds, so going back to size by degree and out again does not ask twice.
 * Not cached by Apollo: its `graph` field would overwrite the explorer's own graph query.
 */
export function useNodeMetrics(filter: Record<string, unknown>, wanted: boolean): NodeMetricsState {
  const key = JSON.stringify(filter);
  const [wantedFor, setWantedFor] = useState<string | null>(null);
  if (wanted && wantedFor !== key) setWantedFor(key);
  const enabled = wanted || wantedFor === key;
  const { data, loading, error } = useQuery(ExplorerMetricsQuery, {
    variables: { filter },
    skip: !enabled,
    fetchPolicy: 'no-cache',
  });
  const metrics = useMemo(() => {
    if (!data) return null;
    const map = new Map<string, NodeMetricsData>();
    for (const node of data.graph.nodes) if (node.metrics) map.set(node.id, node.metrics);
    return map;
  }, [data]);
  return {
    metrics: enabled ? metrics : null,
    sampling: enabled ? (data?.graphStats.betweenness ?? null) : null,
    loading: enabled && loading,
    error: enabled ? error : undefined,
  };
}
