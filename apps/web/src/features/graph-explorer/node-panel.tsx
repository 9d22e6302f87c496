import { ActionIcon, Badge, Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconExternalLink, IconFocus2, IconX } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SECTORS, type GraphNodeKind, type Sector } from '@brobygger/domain';
import { SECTOR_MANTINE } from '../../lib/sector-colors';
import type { ExplorerGraph } from './build-graph';
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
}

/** Details of the clicked node, its neighbours by sector, and the way to its page. */
export function NodePanel({ graph, nodeId, focusSteps, onFocus, onClose, canOpenPages, metrics }: Props) {
  const { t } = useTranslation();
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
    <Paper withBorder p="sm" w={290} h="100%" style={{ overflow: 'auto' }} aria-label={t('explorer.details')}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={3} size="h4" style={{ wordBreak: 'break-word' }}>
            {attrs.label}
          </Title>
          <ActionIcon variant="subtle" onClick={onClose} aria-label={t('actions.close')}>
            <IconX size={16} />
          </ActionIcon>
        </Group>
        <Group gap={6}>
          <Badge color={SECTOR_MANTINE[attrs.sector]}>{t(`sector.${attrs.sector}`)}</Badge>
          <Badge variant="outline" color="gray">
            {t(`nodeKind.${attrs.kind}`)}
          </Badge>
        </Group>
        <Text size="sm">
          {t('explorer.degree', { count: stats.degree })} · {t('explorer.crossTies', { count: stats.cross })}
        </Text>
        <Stack gap={2}>
          {SECTORS.map((s) => (
            <Text key={s} size="sm">
              {t(`sector.${s}`)}: {stats.bySector[s]}
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
              { value: '1', label: '1' },
              { value: '2', label: '2' },
              { value: '3', label: '3' },
            ]}
          />
          <Text size="xs" c="dimmed">
            <IconFocus2 size={12} /> {t('explorer.focusHelp')}
          </Text>
        </Stack>
        {canOpenPages ? (
          <Button
            component={Link}
            to={entityPath(attrs.kind, nodeId)}
            rightSection={<IconExternalLink size={14} />}
            variant="light"
          >
            {attrs.kind === 'PARTICIPANT' ? t('explorer.openJourney') : t('explorer.openPage')}
          </Button>
        ) : null}
      </Stack>
    </Paper>
  );
}
