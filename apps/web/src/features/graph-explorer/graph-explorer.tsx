import { Box, Divider, Drawer, Group, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type Sigma from 'sigma';
import { usePhone } from '../../lib/use-phone';
import { computeAppearance } from './appearance';
import { BridgePathPanel, type PathEnd } from './bridge-path-panel';
import { CameraControls } from './camera-controls';
import { DateSlider } from './date-slider';
import { ExplorerToolbar } from './explorer-toolbar';
import { ExportMenu } from './export-menu';
import { toGraphFilter, type ExplorerFilter } from './filters';
import { FiltersPanel } from './filters-panel';
import { GraphCanvas, LARGE_GRAPH_EDGES } from './graph-canvas';
import { GraphTableView } from './graph-table-view';
import { useNumberFormat } from './intl';
import { LayoutControl } from './layout-control';
import { Legend } from './legend';
import { legendModel, pictureCaption, pictureFileName, type PictureFormat } from './legend-model';
import { neighborhood } from './neighborhood';
import { NodePanel } from './node-panel';
import { SearchBox } from './search-box';
import type { EdgeAttrs, GraphData, NodeAttrs } from './types';
import { useBridgePath } from './use-bridge-path';
import { useCameraFocus } from './use-camera-focus';
import { useLayout } from './use-layout';
import { useNodeMetrics } from './use-node-metrics';
import { useStagedGraph } from './use-staged-graph';
import { useSamplingNote, ViewControls } from './view-controls';
import { isSampledMetric, loadView, needsMetrics, saveView, type ViewSettings } from './view-settings';
import { visibleCounts, type Visibility } from './visibility';

interface Props {
  data: GraphData;
  filter: ExplorerFilter;
  onFilterChange: (filter: ExplorerFilter) => void;
  refreshing: boolean;
  canOpenPages: boolean;
  /** False for researchers: the API takes no real network id from them (their graph names networks by pseudonym). */
  canFilterByNetwork: boolean;
}

/**
 * The graph explorer: filters on the left (in a drawer on a phone), the canvas in the middle
 * with its camera controls, or the same graph as tables, and details on the right (below on a phone).
 */
export function GraphExplorer({ data, filter, onFilterChange, refreshing, canOpenPages, canFilterByNetwork }: Props) {
  const { t, i18n } = useTranslation();
  const format = useNumberFormat();
  // On a phone the canvas takes the width and the filters go in a drawer.
  const phone = usePhone();
  // A large graph shows its organisations and networks first (use-staged-graph.ts).
  const staged = useStagedGraph(data);
  // The answer on screen: a new filter's is built behind the last one (use-staged-graph.ts).
  const { graph, data: shownData } = staged;
  const [renderer, setRenderer] = useState<Sigma<NodeAttrs, EdgeAttrs> | null>(null);
  // No layout for the hubs alone: they stand where they will stay, and the whole graph follows.
  const layout = useLayout(staged.hubs ? null : graph, staged.needsLayout, renderer);
  const [selected, setSelected] = useState<string | null>(null);
  // Bumped whenever a node is chosen, so the camera goes to it even when it was chosen before.
  const [focusRequest, setFocusRequest] = useState(0);
  const [focusSteps, setFocusSteps] = useState<number | null>(null);
  const [asOf, setAsOf] = useState<string | null>(null);
  const [view, setView] = useState<ViewSettings>(loadView);
  const [pathOpen, setPathOpen] = useState(false);
  const [pathEnds, setPathEnds] = useState<Record<PathEnd, string | null>>({ from: null, to: null });
  const [picking, setPicking] = useState<PathEnd | null>(null);
  const [tableOpen, setTableOpen] = useState(false);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const detailsHeading = useRef<HTMLHeadingElement>(null);

  const graphFilter = useMemo(() => toGraphFilter(filter), [filter]);
  const metrics = useNodeMetrics(graphFilter, needsMetrics(view));
  const appearance = useMemo(() => computeAppearance(graph, metrics.metrics, view), [graph, metrics.metrics, view]);
  const samplingNote = useSamplingNote(metrics.sampling);
  const bridge = useBridgePath(pathOpen ? pathEnds.from : null, pathOpen ? pathEnds.to : null, graphFilter);
  const path = pathOpen ? bridge.highlight : null;

  const current = selected !== null && graph.hasNode(selected) ? selected : null;
  const focus = useMemo(
    () => (current !== null && focusSteps !== null ? neighborhood(graph, current, focusSteps) : null),
    [graph, current, focusSteps],
  );
  const visibility = useMemo<Visibility>(() => ({ asOf, focus }), [asOf, focus]);
  // The counter says what the canvas shows: the date slider and focus mode hide nodes and ties.
  const counts = useMemo(() => visibleCounts(graph, visibility), [graph, visibility]);
  const countWords = { nodes: format(counts.nodes), edges: format(counts.edges) };

  useCameraFocus(renderer, graph, current, focus, focusRequest, path);

  const legend = legendModel((key, options) => t(key, options), {
    colorBy: view.colorBy,
    colors: appearance.looks ? appearance.colors : [],
    sizeBy: appearance.looks ? view.sizeBy : 'degree',
    note: appearance.looks && isSampledMetric(view.sizeBy) ? samplingNote : null,
  });

  const choose = useCallback((id: string) => {
    setSelected(id);
    setFocusRequest((n) => n + 1);
  }, []);

  const setPathEnd = (end: PathEnd, id: string | null) => {
    setPathEnds((ends) => ({ ...ends, [end]: id }));
    if (id !== null && picking === end) setPicking(end === 'from' && pathEnds.to === null ? 'to' : null);
  };

  const onClickNode = useCallback(
    (id: string | null) => {
      // While picking a path's end, a click on a node chooses it; then the other end is asked for.
      if (picking !== null && id !== null) {
        setPathEnds((ends) => ({ ...ends, [picking]: id }));
        setPicking(picking === 'from' && pathEnds.to === null ? 'to' : null);
        return;
      }
      if (id === null) {
        setSelected(null);
        setFocusSteps(null);
      } else choose(id);
    },
    [picking, pathEnds.to, choose],
  );

  const onFocusFromTable = (id: string) => {
    setTableOpen(false);
    choose(id);
    // The keyboard lands on the chosen node's details, next to the map that now shows it.
    requestAnimationFrame(() => detailsHeading.current?.focus());
  };

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

  const picture = () => ({
    ...pictureCaption((key, options) => t(key, options), { asOf, language: i18n.language, ...counts }),
    legend,
    fileName: (format: PictureFormat) => pictureFileName(asOf, format),
  });

  const settings = (
    <>
      <ViewControls view={view} onChange={onViewChange} metrics={metrics} />
      <Divider my="sm" />
      <FiltersPanel filter={filter} onChange={onFilterChange} canFilterByNetwork={canFilterByNetwork} />
    </>
  );

  const sidePanel = pathOpen ? (
    <BridgePathPanel
      nodes={shownData.nodes}
      from={pathEnds.from}
      to={pathEnds.to}
      picking={picking}
      onChange={setPathEnd}
      onPick={setPicking}
      onClose={closePath}
      result={bridge}
      width={phone ? '100%' : 300}
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
      width={phone ? '100%' : 290}
      headingRef={detailsHeading}
    />
  ) : null;

  const stage = (
    <Paper
      withBorder
      style={{ flex: 1, minWidth: 0, position: 'relative', overflow: 'hidden', ...(phone ? { height: 'max(320px, calc(100dvh - 300px))', flex: 'none' } : {}) }}
    >
      {graph.order === 0 ? (
        <Stack align="center" justify="center" h="100%">
          <Text c="gray.7">{t('explorer.empty')}</Text>
        </Stack>
      ) : (
        // Hidden, not unmounted, behind the table view: sigma keeps its size and its camera.
        <Box h="100%" style={{ visibility: tableOpen ? 'hidden' : 'visible' }}>
          <GraphCanvas
            graph={graph}
            keepRenderer
            hubs={staged.hubs}
            onHubsShown={staged.showWhole}
            positionsFinal={!staged.needsLayout}
            selected={current}
            focus={focus}
            asOf={asOf}
            looks={appearance.looks}
            path={path}
            // Ties are not drawn while a large graph's layout moves its nodes: frames stay cheaper.
            hideEdges={layout.moving && graph.size > LARGE_GRAPH_EDGES}
            onClickNode={onClickNode}
            onReady={setRenderer}
            label={t('analytics.explorer.canvasLabel', countWords)}
            keyboardHint={t('analytics.explorer.keyboardHint')}
            height="100%"
          />
          <CameraControls renderer={renderer} />
          {phone ? null : (
            <Box pos="absolute" left={8} bottom={8} p={6} bg="rgba(255,255,255,0.92)" style={{ borderRadius: 6, pointerEvents: 'none' }}>
              <Legend model={legend} />
            </Box>
          )}
        </Box>
      )}
      {tableOpen ? <GraphTableView graph={graph} visibility={visibility} onFocusNode={onFocusFromTable} /> : null}
    </Paper>
  );

  const toolbar = (
    <ExplorerToolbar
      phone={phone}
      search={<SearchBox nodes={shownData.nodes} onPick={choose} width={phone ? '100%' : 280} />}
      layout={<LayoutControl running={layout.running} onStart={layout.start} onStop={layout.stop} />}
      exportMenu={<ExportMenu filter={graphFilter} renderer={renderer} picture={picture} />}
      // No count while the hubs stand alone or a new answer is built: the whole graph's follows within a second.
      counts={refreshing || staged.building || staged.hubs ? null : t('analytics.explorer.counts', countWords)}
      pathOpen={pathOpen}
      onTogglePath={pathOpen ? closePath : openPath}
      tableOpen={tableOpen}
      onToggleTable={() => setTableOpen((open) => !open)}
      onOpenFilters={() => setFiltersOpen(true)}
    />
  );

  const slider = <DateSlider data={shownData} asOf={asOf} onChange={setAsOf} />;

  if (phone) {
    return (
      <Stack gap="xs">
        {toolbar}
        {stage}
        {slider}
        {sidePanel}
        <Paper withBorder p="xs">
          <Legend model={legend} />
        </Paper>
        <Drawer
          opened={filtersOpen}
          onClose={() => setFiltersOpen(false)}
          title={t('analytics.explorer.filtersButton')}
          size="85%"
        >
          {settings}
        </Drawer>
      </Stack>
    );
  }

  return (
    <Stack gap="xs" h="calc(100vh - 56px - 2 * var(--mantine-spacing-md))">
      {toolbar}
      <Group align="stretch" gap="xs" wrap="nowrap" style={{ flex: 1, minHeight: 0 }}>
        <Paper withBorder w={230} style={{ flexShrink: 0 }}>
          <ScrollArea h="100%" p="sm" type="auto">
            {settings}
          </ScrollArea>
        </Paper>
        {stage}
        {sidePanel}
      </Group>
      {slider}
    </Stack>
  );
}
