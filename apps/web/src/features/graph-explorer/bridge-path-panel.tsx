import { ActionIcon, Alert, Badge, Button, Group, Loader, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconClick, IconRoute, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SECTOR_MANTINE } from '../../lib/sector-colors';
import { errorMessage } from '../../lib/graphql-error';
import { NodePicker } from './node-picker';
import type { GraphNodeData } from './types';
import type { BridgePathData } from './use-bridge-path';

export type PathEnd = 'from' | 'to';

interface Props {
  nodes: readonly GraphNodeData[];
  from: string | null;
  to: string | null;
  picking: PathEnd | null;
  onChange: (end: PathEnd, id: string | null) => void;
  onPick: (end: PathEnd | null) => void;
  onClose: () => void;
  result: { path: BridgePathData | null; loading: boolean; error: unknown; searched: boolean };
  /** The panel's width; a phone gives it the whole row. */
  width?: number | string;
}

/** "Find a bridge path": two ends, chosen by name or by clicking the map, and the path found. */
export function BridgePathPanel({ nodes, from, to, picking, onChange, onPick, onClose, result, width = 300 }: Props) {
  const { t } = useTranslation();
  const pickButton = (end: PathEnd) => (
    <ActionIcon
      variant={picking === end ? 'filled' : 'light'}
      onClick={() => onPick(picking === end ? null : end)}
      aria-label={t(end === 'from' ? 'analytics.explorer.path.pickFrom' : 'analytics.explorer.path.pickTo')}
      aria-pressed={picking === end}
      mt={22}
    >
      <IconClick size={16} />
    </ActionIcon>
  );
  return (
    <Paper component="section" withBorder p="sm" w={width} h="100%" style={{ overflow: 'auto', flexShrink: 0 }} aria-label={t('analytics.explorer.path.title')}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Group gap={6}>
            <IconRoute size={18} />
            <Title order={3} size="h5">
              {t('analytics.explorer.path.title')}
            </Title>
          </Group>
          <ActionIcon variant="subtle" onClick={onClose} aria-label={t('analytics.explorer.path.close')}>
            <IconX size={16} />
          </ActionIcon>
        </Group>
        <Text size="xs" c="gray.7">
          {t('analytics.explorer.path.help')}
        </Text>
        {(['from', 'to'] as const).map((end) => (
          <Group key={end} gap={6} wrap="nowrap" align="flex-start">
            <div style={{ flex: 1, minWidth: 0 }}>
              <NodePicker
                label={t(`analytics.explorer.path.${end}`)}
                nodes={nodes}
                value={end === 'from' ? from : to}
                onChange={(id) => onChange(end, id)}
              />
            </div>
            {pickButton(end)}
          </Group>
        ))}
        {picking ? (
          <Text size="sm" c="blue.9" aria-live="polite">
            {t(picking === 'from' ? 'analytics.explorer.path.clickFrom' : 'analytics.explorer.path.clickTo')}
          </Text>
        ) : null}
        <PathResult from={from} to={to} result={result} />
        {from || to ? (
          <Button size="xs" variant="subtle" onClick={() => {
              onChange('from', null);
              onChange('to', null);
            }}>
            {t('analytics.explorer.path.clear')}
          </Button>
        ) : null}
      </Stack>
    </Paper>
  );
}

function PathResult({ from, to, result }: Pick<Props, 'from' | 'to' | 'result'>) {
  const { t } = useTranslation();
  if (from !== null && from === to) return <Text size="sm">{t('analytics.explorer.path.same')}</Text>;
  if (result.loading) {
    return (
      <Group gap="xs" role="status">
        <Loader size="xs" />
        <Text size="sm">{t('analytics.explorer.path.searching')}</Text>
      </Group>
    );
  }
  if (result.error) return <Alert color="red">{errorMessage(result.error)}</Alert>;
  if (!result.searched) return null;
  if (!result.path) return <Alert color="gray">{t('analytics.explorer.path.none')}</Alert>;
  const { path } = result;
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600} aria-live="polite">
        {t('analytics.explorer.path.found', { count: path.length })}
      </Text>
      <Timeline active={path.nodes.length} bulletSize={14} lineWidth={2} color="pink" aria-label={t('analytics.explorer.path.title')}>
        {path.nodes.map((node, i) => (
          <Timeline.Item
            key={node.id}
            title={<Text size="sm">{node.label}</Text>}
          >
            <Group gap={4}>
              <Badge size="xs" variant="dot" color={SECTOR_MANTINE[node.sector]}>
                {t(`sector.${node.sector}`)}
              </Badge>
              <Badge size="xs" variant="outline" color="dark">
                {t(`nodeKind.${node.kind}`)}
              </Badge>
            </Group>
            {path.edges[i] ? (
              <Text size="xs" c="gray.7" mt={2}>
                ↓ {t(`edgeKind.${path.edges[i].kind}`)}
              </Text>
            ) : null}
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}
