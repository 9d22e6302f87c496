import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment } from '../../gql';
import { fromColumns } from '../../features/graph-explorer/from-columns';
import { GraphExplorer } from '../../features/graph-explorer/graph-explorer';
import { loadFilter, saveFilter, toGraphFilter, type ExplorerFilter } from '../../features/graph-explorer/filters';
import { useViewer } from '../../features/session/viewer-context';
import { ErrorState } from '../../features/states/error-state';
import { LoadingState } from '../../features/states/loading-state';

// The graph in columns (compactGraph): the same graph as `graph`, in under half the bytes.
const CompactGraphColumns = graphql(`
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

/** Home of coordinators and researchers: the collaboration graph. */
export function ExplorerRoute() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [stored, setFilter] = useState<ExplorerFilter>(loadFilter);
  // Researchers may not narrow their graph by a real network id (the API refuses it): a network
  // chosen in this tab under another role is not sent.
  const canFilterByNetwork = viewer.role === 'COORDINATOR';
  const filter = useMemo(() => (canFilterByNetwork ? stored : { ...stored, networkId: null }), [canFilterByNetwork, stored]);
  const { data, previousData, error, loading, refetch } = useQuery(ExplorerRouteQuery, {
    variables: { filter: toGraphFilter(filter) },
    // Past Apollo's cache: writing 130,000 nodes and edges into it and reading them back
    // blocked the main thread for about ten seconds at 20,000 people (pnpm bench). The API
    // keeps the graph cached, so a return visit costs one request.
    fetchPolicy: 'no-cache',
  });
  const answer = (data ?? previousData)?.compactGraph;
  const graph = useMemo(() => (answer ? fromColumns(useFragment(CompactGraphColumns, answer)) : null), [answer]);

  const onFilterChange = (next: ExplorerFilter) => {
    saveFilter(next);
    setFilter(next);
  };

  if (!graph) {
    if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
    return <LoadingState label={t('explorer.loading')} />;
  }
  return (
    <GraphExplorer
      data={graph}
      filter={filter}
      onFilterChange={onFilterChange}
      refreshing={loading}
      canOpenPages={viewer.role === 'COORDINATOR'}
      canFilterByNetwork={canFilterByNetwork}
    />
  );
}
