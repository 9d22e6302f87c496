import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFragment } from '../../gql';
import { explorerVariables } from '../../features/graph-explorer/early-graph';
import { fromColumns } from '../../features/graph-explorer/from-columns';
import { GraphExplorer } from '../../features/graph-explorer/graph-explorer';
import { loadFilter, saveFilter, type ExplorerFilter } from '../../features/graph-explorer/filters';
import { useViewer } from '../../features/session/viewer-context';
import { ErrorState } from '../../features/states/error-state';
import { LoadingState } from '../../features/states/loading-state';
import { CompactGraphColumns, useExplorerGraph } from './use-explorer-graph';

/** Home of coordinators and researchers: the collaboration graph. */
export function ExplorerRoute() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [stored, setFilter] = useState<ExplorerFilter>(loadFilter);
  // Researchers may not narrow their graph by a real network id (the API refuses it): a network
  // chosen in this tab under another role is not sent.
  const canFilterByNetwork = viewer.role === 'COORDINATOR';
  const filter = useMemo(() => (canFilterByNetwork ? stored : { ...stored, networkId: null }), [canFilterByNetwork, stored]);
  const variables = useMemo(() => explorerVariables(filter), [filter]);
  const { answer, error, loading, refetch } = useExplorerGraph(variables);
  const graph = useMemo(() => (answer ? fromColumns(useFragment(CompactGraphColumns, answer)) : null), [answer]);

  const onFilterChange = (next: ExplorerFilter) => {
    saveFilter(next);
    setFilter(next);
  };

  if (!graph) {
    if (error) return <ErrorState error={error} onRetry={refetch} />;
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
