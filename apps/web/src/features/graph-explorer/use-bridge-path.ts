import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { graphql } from '../../gql';
import type { BridgePathQueryQuery } from '../../gql/graphql';
import { pairKey, type BridgePathHighlight } from './types';

const BridgePathQuery = graphql(`
  query BridgePathQuery($from: ID!, $to: ID!, $filter: GraphFilter) {
    bridgePath(from: $from, to: $to, filter: $filter) {
      length
      nodes {
        id
        label
        kind
        sector
      }
      edges {
        source
        target
        kind
      }
    }
  }
`);

export type BridgePathData = NonNullable<BridgePathQueryQuery['bridgePath']>;

/** The shortest path between two nodes of the view, and what the reducers need to draw it. */
export function useBridgePath(from: string | null, to: string | null, filter: Record<string, unknown>) {
  const ready = from !== null && to !== null && from !== to;
  const { data, loading, error } = useQuery(BridgePathQuery, {
    variables: { from: from ?? '', to: to ?? '', filter },
    skip: !ready,
    // Paths are small but GraphNode has no key: nothing to share with other queries.
    fetchPolicy: 'no-cache',
  });
  const path = ready ? (data?.bridgePath ?? null) : null;
  const highlight = useMemo<BridgePathHighlight | null>(() => {
    if (!path) return null;
    return {
      nodes: new Set(path.nodes.map((n) => n.id)),
      pairs: new Set(path.edges.map((e) => pairKey(e.source, e.target))),
    };
  }, [path]);
  return { ready, path, highlight, loading: ready && loading, error: ready ? error : undefined, searched: ready && !loading && data !== undefined };
}
