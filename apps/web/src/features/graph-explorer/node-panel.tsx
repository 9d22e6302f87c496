import { ActionIcon, Badge, Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconExternalLink, IconFocus2, IconX } from '@tabler/icons-react';
import { useMemo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SECTORS, type GraphNodeKind, type Sector } from '@brobygger/domain';
import { SECTOR_MANTINE } from '../../lib/sector-colors';
import type { ExplorerGraph } from './build-graph';
import { useNumberFormat } from './intl';
import { NodeMetricsList } from './node-metrics-list';
import type { NodeMetricsData } from './use-node-metrics';

/** Where each kind of node has its page in the workspace. */
export function entityPath(kind: GraphNodeKind, id: string): string {
  switch (kind) {
    case 'PARTICIPANT':
      return `/participants/${id}`;
    case 'PERSON':
      return `/people/${id}`;
    case 'ORGANIZATION':
      return `/organizations/${id}`;
    case 'NETWORK':
      return `/networks/${id}`;
  }
}

interface Props {
  graph: ExplorerGraph;
  nodeId: string;
  focusSteps: number | null;
  onFocus: (steps: number | null) => void;
  onClose: () => void;
  canOpenPages: boolean;
  metrics?: NodeMetricsData | undefined;
  /** The panel's width; a phone gives it the whole row. */
  width?: number | string;
  /** The heading, focused when a node is chosen from the table view. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** Details of the clicked node, its neighbours by sector, and the way to its page. */
export function NodePanel({ graph, nodeId, focusSteps, onFocus, onClose, canOpenPages, metrics, width = 290, headingRef }: Props) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const attrs = graph.getNodeAttributes(nodeId);
  const stats = useMemo(() => {
    const bySector: Record<Sector, number> = { BUSINESS: 0, PUBLIC: 0, CIVIL: 0 };
    graph.forEachNeighbor(nodeId, (_n, a) => {
      bySector[a.sector] += 1;
    });
    let cross = 0;
    graph.forEachEdge(nodeId, (_e, a) => {
      if (a.crossSector) cross += 1;
    });
    return { bySector, degree: graph.degree(nodeId), cross };
  }, [graph, nodeId]);

  return (
    <Paper component="section" withBorder p="sm" w={width} h="100%" style={{ overflow: 'auto', flexShrink: 0 }} aria-label={t('explorer.details')}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={3} size="h4" style={{ wordBreak: 'break-word' }} ref={headingRef} tabIndex={-1}>
            {attrs.label}
          </Title>
          <ActionIcon variant="subtle" onClick={onClose} aria-label={t('actions.close')}>
            <IconX size={16} />
          </ActionIcon>
        </Group>
        <Group gap={6}>
          {/* Dot badges: the sector's colour beside dark text, readable where white on orange is not. */}
          <Badge variant="dot" color={SECTOR_MANTINE[attrs.sector]}>
            {t(`sector.${attrs.sector}`)}
          </Badge>
          <Badge variant="outline" color="dark">
            {t(`nodeKind.${attrs.kind}`)}
          </Badge>
        </Group>
        <Text size="sm">
          {t('analytics.explorer.nodeTies', { count: stats.degree, formatted: format(stats.degree) })} ·{' '}
          {t('analytics.explorer.nodeCrossTies', { count: stats.cross, formatted: format(stats.cross) })}
        </Text>
        <Stack gap={2}>
          {SECTORS.map((s) => (
            <Text key={s} size="sm">
              {t(`sector.${s}`)}: {format(stats.bySector[s])}
            </Text>
          ))}
        </Stack>
        {metrics ? <NodeMetricsList metrics={metrics} /> : null}
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('explorer.focus')}
          </Text>
          <SegmentedControl
            size="xs"
            aria-label={t('explorer.focusSteps')}
            value={focusSteps === null ? 'off' : String(focusSteps)}
            onChange={(v) => onFocus(v === 'off' ? null : Number(v))}
            data={[
              { value: 'off', label: t('explorer.focusOff') },
              ...[1, 2, 3].map((n) => ({ value: String(n), label: format(n) })),
            ]}
          />
          <Text size="xs" c="gray.7">
            <IconFocus2 size={12} aria-hidden /> {t('explorer.focusHelp')}
          </Text>
        </Stack>
        {canOpenPages ? (
          <Button
            component={Link}
            to={entityPath(attrs.kind, nodeId)}
            rightSection={<IconExternalLink size={14} aria-hidden />}
            variant="default"
          >
            {attrs.kind === 'PARTICIPANT' ? t('explorer.openJourney') : t('explorer.openPage')}
          </Button>
        ) : null}
      </Stack>
    </Paper>
  );
}
