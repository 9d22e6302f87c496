import { Box, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { GRAPH_EDGE_KINDS, GRAPH_NODE_KINDS, SECTORS, type GraphNodeKind } from '@brobygger/domain';
import { SECTOR_COLORS } from '../../lib/sector-colors';
import { EDGE_COLORS, NETWORK_BORDER } from './node-style';

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

export function Legend() {
  const { t } = useTranslation();
  return (
    <Stack gap={6} aria-label={t('explorer.legend')}>
      <Text size="xs" fw={600}>
        {t('explorer.legend')}
      </Text>
      <Group gap="sm">
        {SECTORS.map((s) => (
          <Group key={s} gap={4}>
            <Box w={12} h={12} style={{ borderRadius: '50%', background: SECTOR_COLORS[s] }} />
            <Text size="xs">{t(`sector.${s}`)}</Text>
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
        {t('explorer.sizeByDegree')}
      </Text>
    </Stack>
  );
}
