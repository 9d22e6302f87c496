import { Badge, Group, Loader, Select, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/graphql-error';
import { samplingNote } from './sampling-note';
import type { NodeMetricsState, SamplingData } from './use-node-metrics';
import { COLOR_MODES, SIZE_METRICS, isSampledMetric, type ViewSettings } from './view-settings';

/** The API's sampling bound, in the reader's language; nothing when the figures are exact. */
export function useSamplingNote(sampling: SamplingData | null): string | null {
  const { t, i18n } = useTranslation();
  if (!sampling || sampling.method !== 'SAMPLED') return null;
  return samplingNote(t, i18n.language, sampling);
}

interface Props {
  view: ViewSettings;
  onChange: (view: ViewSettings) => void;
  metrics: NodeMetricsState;
}

/** Size by a metric and colour by sector, community or brokerage role. */
export function ViewControls({ view, onChange, metrics }: Props) {
  const { t } = useTranslation();
  const note = useSamplingNote(metrics.sampling);
  return (
    <Stack gap="xs">
      <Select
        label={t('analytics.explorer.sizeBy')}
        size="xs"
        data={SIZE_METRICS.map((m) => ({ value: m, label: t(`analytics.explorer.metric.${m}`) }))}
        value={view.sizeBy}
        onChange={(v) => v && onChange({ ...view, sizeBy: v })}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
      />
      <Select
        label={t('analytics.explorer.colorBy')}
        size="xs"
        data={COLOR_MODES.map((m) => ({ value: m, label: t(`analytics.explorer.color.${m}`) }))}
        value={view.colorBy}
        onChange={(v) => v && onChange({ ...view, colorBy: v })}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
      />
      {metrics.loading ? (
        <Group gap={6} role="status">
          <Loader size="xs" />
          <Text size="xs">{t('analytics.explorer.metricsLoading')}</Text>
        </Group>
      ) : null}
      {metrics.error ? (
        <Text size="xs" c="red">
          {t('analytics.explorer.metricsFailed', { message: errorMessage(metrics.error) })}
        </Text>
      ) : null}
      {note && isSampledMetric(view.sizeBy) ? (
        <Tooltip label={note} multiline w={280} withinPortal>
          <Badge color="dark" variant="outline" tabIndex={0} leftSection={<IconAlertTriangle size={12} color="#e8590c" aria-hidden />}>
            {t('analytics.explorer.sampledBadge')}
          </Badge>
        </Tooltip>
      ) : null}
    </Stack>
  );
}
