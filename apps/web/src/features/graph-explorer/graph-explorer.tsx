import { Box, Button, Divider, Group, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { IconRoute } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type Sigma from 'sigma';
import { computeAppearance } from './appearance';
import { BridgePathPanel, type PathEnd } from './bridge-path-panel';
import { buildGraph } from './build-graph';
import { DateSlider } from './date-slider';
import { ExportMenu } from './export-menu';
import { toGraphFilter, type ExplorerFilter } from './filters';
import { FiltersPanel } from './filters-panel';
import { GraphCanvas, LARGE_GRAPH_EDGES } from './graph-canvas';
import { LayoutControl } from './layout-control';
import { Legend } from './legend';
import { neighborhood } from './neighborhood';
import { NodePanel } from './node-panel';
import { SearchBox } from './search-box';
import type { EdgeAttrs, GraphData, NodeAttrs } from './types';
import { useBridgePath } from './use-bridge-path';
import { useLayout } from './use-layout';
import { useNodeMetrics } from './use-node-metrics';
import { useSamplingNote, ViewControls } from './view-controls';
import { isSampledMetric, loadView, needsMetrics, saveView, type ViewSettings } from './view-settings';

interface Props {
  data: GraphData;
  filter: ExplorerFilter;
  onFilterChange: (filter: ExplorerFilter) => void;
  refreshing: boolean;
  canOpenPages: boolean;
}

/** The graph explorer: filters on the left, the canvas in the middle, details on the right. */
export function GraphExplorer({ data, filter, onFilterChange, refreshing, canOpenPages }: Props) {
  const { t } = useTranslation();
  const built = useMemo(() => buildGraph(data), [data]);
  const { graph } = built;
  const layout = useLayout(graph, built.needsLayout);
  const [renderer, setRenderer] = useState<Sigma<NodeAttrs, EdgeAttrs> | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [focusSteps, setFocusSteps] = useState<number | null>(null);
  const [asOf, setAsOf] = useState<string | null>(null);
  const [view, setView] = useState<ViewSettings>(loadView);
  const [pathOpen, setPathOpen] = useState(false);
  const [pathEnds, setPathEnds] = useState<Record<PathEnd, string | null>>({ from: null, to: null });
  const [picking, setPicking] = useState<PathEnd | null>(null);

  const graphFilter = useMemo(() => toGraphFilter(filter), [filter]);
  const metrics = useNodeMetrics(graphFilter, needsMetrics(view));
  const appearance = useMemo(() => computeAppearance(graph, metrics.metrics, view), [graph, metrics.metrics, view]);
  const samplingNote = useSamplingNote(metrics.sampling);
  const bridge = useBridgePath(pathOpen ? pathEnds.from : null, pathOpen ? pathEnds.to : null, graphFilter);

  // A path found is brought into view, framed with some margin around its ends.
  useEffect(() => {
    if (!renderer || !bridge.highlight) return;
    const points = [...bridge.highlight.nodes].flatMap((id) => renderer.getNodeDisplayData(id) ?? []);
    if (points.length === 0) return;
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    void renderer.getCamera().animate(
      { x: (Math.max(...xs) + Math.min(...xs)) / 2, y: (Math.max(...ys) + Math.min(...ys)) / 2, ratio: Math.min(1.2, Math.max(0.15, extent * 1.8)) },
      { duration: 500 },
    );
  }, [renderer, bridge.highlight]);

  const setPathEnd = (end: PathEnd, id: string | null) => {
    setPathEnds((ends) => ({ ...ends, [end]: id }));
    if (id !== null && picking === end) setPicking(end === 'from' && pathEnds.to === null ? 'to' : null);
  };

  const current = selected !== null && graph.hasNode(selected) ? selected : null;
  const focus = useMemo(
    () => (current !== null && focusSteps !== null ? neighborhood(graph, current, focusSteps) : null),
    [graph, current, focusSteps],
  );

  const flyTo = useCallback(
    (id: string) => {
      setSelected(id);
      const display = renderer?.getNodeDisplayData(id);
      if (renderer && display) {
        void renderer.getCamera().animate({ x: display.x, y: display.y, ratio: 0.25 }, { duration: 600 });
      }
    },
    [renderer],
  );

  const onClickNode = useCallback(
    (id: string | null) => {
      // While picking a path's end, a click on a node chooses it; then the other end is asked for.
      if (picking !== null && id !== null) {
        setPathEnds((ends) => ({ ...ends, [picking]: id }));
        setPicking(picking === 'from' && pathEnds.to === null ? 'to' : null);
        return;
      }
      setSelected(id);
      if (id === null) setFocusSteps(null);
    },
    [picking, pathEnds.to],
  );

  const onViewChange = (next: ViewSettings) => {
    saveView(next);
    setView(next);
  };

  const openPath = () => {
    setPathOpen(true);
    // A selected node is the natural start of a path from it.
    setPathEnds((ends) => ({ from: ends.from ?? current, to: ends.to }));
    setPicking(pathEnds.from ?? current ? 'to' : 'from');
  };

  const closePath = () => {
    setPathOpen(false);
    setPicking(null);
  };

  return (
    <Stack gap="xs" h="calc(100vh - 56px - 2 * var(--mantine-spacing-md))">
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          <SearchBox nodes={data.nodes} onPick={flyTo} />
          <LayoutControl running={layout.running} onStart={layout.start} onStop={layout.stop} />
        </Group>
        <Group gap="sm" wrap="nowrap">
          <Text size="sm" c="dimmed" aria-live="polite">
            {refreshing ? t('states.loading') : t('explorer.counts', { nodes: graph.order, edges: graph.size })}
          </Text>
          <Button
            size="xs"
            variant={pathOpen ? 'filled' : 'light'}
            leftSection={<IconRoute size={14} />}
            onClick={pathOpen ? closePath : openPath}
            aria-pressed={pathOpen}
          >
            {t('analytics.explorer.path.open')}
          </Button>
          <ExportMenu filter={graphFilter} renderer={renderer} />
        </Group>
      </Group>
      <Group align="stretch" gap="xs" wrap="nowrap" style={{ flex: 1, minHeight: 0 }}>
        <Paper withBorder w={230} style={{ flexShrink: 0 }}>
          <ScrollArea h="100%" p="sm" type="auto">
            <ViewControls view={view} onChange={onViewChange} metrics={metrics} />
            <Divider my="sm" />
            <FiltersPanel filter={filter} onChange={onFilterChange} />
          </ScrollArea>
        </Paper>
        <Paper withBorder style={{ flex: 1, minWidth: 0, position: 'relative', overflow: 'hidden' }}>
          {graph.order === 0 ? (
            <Stack align="center" justify="center" h="100%">
              <Text c="dimmed">{t('explorer.empty')}</Text>
            </Stack>
          ) : (
            <GraphCanvas
              graph={graph}
              selected={current}
              focus={focus}
              asOf={asOf}
              looks={appearance.looks}
              path={pathOpen ? bridge.highlight : null}
              // Ties are not drawn while a large graph's layout runs: nodes still move, frames stay cheap.
              hideEdges={layout.running && graph.size > LARGE_GRAPH_EDGES}
              onClickNode={onClickNode}
              onReady={setRenderer}
              label={t('explorer.canvasLabel', { nodes: graph.order, edges: graph.size })}
              height="100%"
            />
          )}
          <Box
            pos="absolute"
            left={8}
            bottom={8}
            p={6}
            bg="rgba(255,255,255,0.88)"
            style={{ borderRadius: 6, pointerEvents: 'none' }}
          >
            <Legend
              colors={appearance.looks ? appearance.colors : []}
              sizeBy={appearance.looks ? view.sizeBy : 'degree'}
              note={appearance.looks && isSampledMetric(view.sizeBy) ? samplingNote : null}
            />
          </Box>
        </Paper>
        {pathOpen ? (
          <BridgePathPanel
            nodes={data.nodes}
            from={pathEnds.from}
            to={pathEnds.to}
            picking={picking}
            onChange={setPathEnd}
            onPick={setPicking}
            onClose={closePath}
            result={bridge}
          />
        ) : current !== null ? (
          <NodePanel
            graph={graph}
            nodeId={current}
            focusSteps={focusSteps}
            onFocus={setFocusSteps}
            onClose={() => onClickNode(null)}
            canOpenPages={canOpenPages}
            metrics={metrics.metrics?.get(current)}
          />
        ) : null}
      </Group>
      <DateSlider data={data} asOf={asOf} onChange={setAsOf} />
    </Stack>
  );
}
