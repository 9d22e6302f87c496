import { Box, Button, Group, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { IconPhoto } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type Sigma from 'sigma';
import { buildGraph } from './build-graph';
import { DateSlider } from './date-slider';
import { exportPng } from './export-png';
import { type ExplorerFilter } from './filters';
import { FiltersPanel } from './filters-panel';
import { GraphCanvas } from './graph-canvas';
import { LayoutControl } from './layout-control';
import { Legend } from './legend';
import { neighborhood } from './neighborhood';
import { NodePanel } from './node-panel';
import { SearchBox } from './search-box';
import type { EdgeAttrs, GraphData, NodeAttrs } from './types';
import { useLayout } from './use-layout';

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

  const onClickNode = useCallback((id: string | null) => {
    setSelected(id);
    if (id === null) setFocusSteps(null);
  }, []);

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
            variant="default"
            leftSection={<IconPhoto size={14} />}
            disabled={!renderer}
            onClick={() => renderer && exportPng(renderer, 'brobygger-graph.png')}
          >
            {t('explorer.exportPng')}
          </Button>
        </Group>
      </Group>
      <Group align="stretch" gap="xs" wrap="nowrap" style={{ flex: 1, minHeight: 0 }}>
        <Paper withBorder w={230} style={{ flexShrink: 0 }}>
          <ScrollArea h="100%" p="sm" type="auto">
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
            <Legend />
          </Box>
        </Paper>
        {current !== null ? (
          <NodePanel
            graph={graph}
            nodeId={current}
            focusSteps={focusSteps}
            onFocus={setFocusSteps}
            onClose={() => onClickNode(null)}
            canOpenPages={canOpenPages}
          />
        ) : null}
      </Group>
      <DateSlider data={data} asOf={asOf} onChange={setAsOf} />
    </Stack>
  );
}
