import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { GraphExplorer } from '../../features/graph-explorer/graph-explorer';
import { loadFilter, saveFilter, toGraphFilter, type ExplorerFilter } from '../../features/graph-explorer/filters';
import { useViewer } from '../../features/session/viewer-context';
import { ErrorState } from '../../features/states/error-state';
import { LoadingState } from '../../features/states/loading-state';

const ExplorerRouteQuery = graphql(`
  query ExplorerRouteQuery($filter: GraphFilter) {
    graph(filter: $filter) {
      nodes {
        id
        label
        kind
        sector
        since
      }
      edges {
        id
        source
        target
        kind
        crossSector
        agreementStatus
        since
        until
      }
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
  const shown = data ?? previousData;

  const onFilterChange = (next: ExplorerFilter) => {
    saveFilter(next);
    setFilter(next);
  };

  if (!shown?.graph) {
    if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
    return <LoadingState label={t('explorer.loading')} />;
  }
  return (
    <GraphExplorer
      data={shown.graph}
      filter={filter}
      onFilterChange={onFilterChange}
      refreshing={loading}
      canOpenPages={viewer.role === 'COORDINATOR'}
      canFilterByNetwork={canFilterByNetwork}
    />
  );
}
