import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from './intl';
import type { NodeMetricsData } from './use-node-metrics';

/** The selected node's metrics in the current view, once they have been computed. */
export function NodeMetricsList({ metrics }: { metrics: NodeMetricsData }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const fmt = (value: number | null | undefined, digits = 3) =>
    value == null ? '–' : format(value, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const rows: [string, string][] = [
    [t('analytics.explorer.metric.betweenness'), fmt(metrics.betweenness, 4)],
    [t('analytics.explorer.metric.pagerank'), fmt(metrics.pagerank, 4)],
    [t('analytics.explorer.metric.constraint'), fmt(metrics.constraint)],
    [t('analytics.explorer.metric.effectiveSize'), fmt(metrics.effectiveSize, 1)],
    [t('analytics.explorer.metric.twoStepReach'), format(metrics.twoStepReach)],
    [t('analytics.explorer.color.community'), metrics.community == null ? '–' : format(metrics.community)],
    [
      t('analytics.explorer.color.brokerage'),
      t(`analytics.explorer.role.${metrics.dominantBrokerageRole ?? 'none'}`),
    ],
  ];
  return (
    <Stack gap={2}>
      <Text size="sm" fw={500}>
        {t('analytics.explorer.nodeMetrics')}
      </Text>
      <Table fz="xs" verticalSpacing={2} horizontalSpacing={4}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Td>{label}</Table.Td>
              <Table.Td ta="right">{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
