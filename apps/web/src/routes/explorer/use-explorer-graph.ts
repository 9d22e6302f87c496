import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { graphql } from '../../gql';
import {
  earlyGraph,
  handOver,
  variablesKey,
  type ExplorerGraphAnswer,
} from '../../features/graph-explorer/early-graph';
import type { ExplorerRouteQueryQueryVariables } from '../../gql/graphql';

// The graph in columns (compactGraph): the same graph as `graph`, in under half the bytes.
export const CompactGraphColumns = graphql(`
  fragment CompactGraphColumns on CompactGraph {
    nodeIds
    nodeLabels
    nodeKinds
    nodeSectors
    nodeSince
    nodeX
    nodeY
    edgeSources
    edgeTargets
    edgeKinds
    edgeCrossSector
    edgeAgreementStatuses
    edgeSince
    edgeUntil
  }
`);

const ExplorerRouteQuery = graphql(`
  query ExplorerRouteQuery($filter: GraphFilter) {
    compactGraph(filter: $filter) {
      ...CompactGraphColumns
    }
  }
`);

/** The answer asked for as the page opened (early-graph.ts), while it is the one to show. */
interface EarlyState {
  key: string;
  pending: boolean;
  data: ExplorerGraphAnswer | null;
  /** The filter has changed since: the early answer is no longer shown for any filter. */
  retired: boolean;
}

/**
 * The explorer's graph for these variables: the answer asked for as the page opened when it
 * is for the same variables, else the explorer's own query. A changed filter asks again and
 * keeps the graph on screen meanwhile (`refreshing`).
 */
export function useExplorerGraph(variables: ExplorerRouteQueryQueryVariables) {
  const key = variablesKey(variables);
  const [early, setEarly] = useState<EarlyState | null>(() =>
    earlyGraph(key) ? { key, pending: true, data: null, retired: false } : null,
  );
  if (early && !early.retired && early.key !== key) setEarly({ ...early, retired: true });
  const pendingKey = early?.pending ? early.key : null;
  useEffect(() => {
    if (pendingKey === null) return;
    let live = true;
    void (earlyGraph(pendingKey) ?? Promise.resolve(null)).then((data) => {
      // Handed over when it arrives, whether or not the explorer is still open to take it:
      // a later visit asks afresh.
      handOver(pendingKey);
      if (live) setEarly((state) => state && { ...state, pending: false, data });
    });
    return () => {
      live = false;
    };
  }, [pendingKey]);

  const showingEarly =
    early !== null && !early.retired && early.key === key && (early.pending || early.data !== null);
  const query = useQuery(ExplorerRouteQuery, {
    variables,
    skip: showingEarly,
    // Past Apollo's cache: writing 130,000 nodes and edges into it and reading them back
    // blocked the main thread for about ten seconds at 20,000 people (pnpm bench). The API
    // keeps the graph cached, so a return visit costs one request.
    fetchPolicy: 'no-cache',
  });
  const answer = showingEarly
    ? early.data
    : (query.data ?? query.previousData ?? early?.data ?? null);
  return {
    answer: answer?.compactGraph ?? null,
    // The early answer that failed is asked for again by the query: its error is the query's.
    error: showingEarly ? undefined : query.error,
    loading: showingEarly ? early.pending : query.loading,
    refetch: () => void query.refetch(),
  };
}
