import { Box, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { GRAPH_EDGE_KINDS, GRAPH_NODE_KINDS, SECTORS, type GraphNodeKind } from '@brobygger/domain';
import { SECTOR_COLORS } from '../../lib/sector-colors';
import type { LegendEntry } from './appearance';
import { EDGE_COLORS, NETWORK_BORDER } from './node-style';
import type { SizeMetric } from './view-settings';

const GREY = '#868e96';

/** A small CSS drawing of the shape each node kind gets on the canvas. */
function KindMark({ kind }: { kind: GraphNodeKind }) {
  const base = { width: 12, height: 12, display: 'inline-block', boxSizing: 'border-box' as const };
  switch (kind) {
    case 'ORGANIZATION':
      return <Box style={{ ...base, background: GREY }} />;
    case 'PARTICIPANT':
      return <Box style={{ ...base, borderRadius: '50%', border: `3px solid ${GREY}`, background: '#fff' }} />;
    case 'NETWORK':
      return <Box style={{ ...base, borderRadius: '50%', border: `3px solid ${NETWORK_BORDER}`, background: GREY }} />;
    default:
      return <Box style={{ ...base, borderRadius: '50%', background: GREY }} />;
  }
}

interface Props {
  /** Colour lines when a metric colours the nodes; empty means colour is sector. */
  colors?: readonly LegendEntry[];
  sizeBy?: SizeMetric;
  /** Shown when the size is an estimate from a sample. */
  note?: string | null;
}

/** What colours, shapes, lines and sizes mean; it follows the explorer's size and colour choice. */
export function Legend({ colors = [], sizeBy = 'degree', note = null }: Props) {
  const { t } = useTranslation();
  const entries =
    colors.length > 0
      ? colors.map((c) => ({ key: c.key, label: t(c.labelKey, c.params), color: c.color }))
      : SECTORS.map((s) => ({ key: s, label: t(`sector.${s}`), color: SECTOR_COLORS[s] }));
  return (
    <Stack gap={6} aria-label={t('explorer.legend')} maw={520}>
      <Text size="xs" fw={600}>
        {t('explorer.legend')}
      </Text>
      <Group gap="sm" data-testid="legend-colors">
        {entries.map((e) => (
          <Group key={e.key} gap={4}>
            <Box w={12} h={12} style={{ borderRadius: '50%', background: e.color }} />
            <Text size="xs">{e.label}</Text>
          </Group>
        ))}
      </Group>
      <Group gap="sm">
        {GRAPH_NODE_KINDS.map((k) => (
          <Group key={k} gap={4}>
            <KindMark kind={k} />
            <Text size="xs">{t(`nodeKind.${k}`)}</Text>
          </Group>
        ))}
      </Group>
      <Group gap="sm">
        {GRAPH_EDGE_KINDS.map((k) => (
          <Group key={k} gap={4}>
            <Box w={14} h={3} style={{ background: EDGE_COLORS[k] }} />
            <Text size="xs">{t(`edgeKind.${k}`)}</Text>
          </Group>
        ))}
      </Group>
      <Text size="xs" c="dimmed">
        {sizeBy === 'degree'
          ? t('explorer.sizeByDegree')
          : t('analytics.explorer.sizeLegend', { metric: t(`analytics.explorer.metric.${sizeBy}`) })}
      </Text>
      {note ? (
        <Text size="xs" c="orange.8" maw={480}>
          {note}
        </Text>
      ) : null}
    </Stack>
  );
}
